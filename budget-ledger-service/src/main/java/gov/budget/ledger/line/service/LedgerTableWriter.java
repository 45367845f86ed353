package gov.budget.ledger.line.service;

import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.line.LedgerLine;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.ledger.line.event.LedgerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes validated content into one table of a budget, inside the caller's transaction. Every added,
 * changed or removed row gets a new version and one event; unchanged rows get neither. When anything
 * in the table changed (a row, or its note, or the table is new), the table's version rises and a
 * table event follows.
 */
@ApplicationScoped
public class LedgerTableWriter {

    @Inject
    LedgerEvents events;

    /** The table after a write: its record, every line (deleted ones included) and what changed. */
    public record Written(LedgerTable record, List<LedgerLine> lines, int changedLines, boolean tableChanged) {
    }

    /** Writes the rows over the table's current lines (deleted ones included), which the caller has read. */
    public Written write(Budget budget, TableTemplate table, LedgerTable record, List<LedgerLine> current,
                         List<ValidatedRow> rows, String note, String actor, Instant now) {
        return write(budget, table, record, current, rows, rows.size(), note, actor, now);
    }

    /**
     * As above, for some rows of a table whose other rows stay as stored: {@code current} holds the
     * stored lines of these rows only, and {@code rowCount} counts the whole table's rows.
     */
    public Written write(Budget budget, TableTemplate table, LedgerTable record, List<LedgerLine> current,
                         List<ValidatedRow> rows, int rowCount, String note, String actor, Instant now) {
        List<LedgerLine> lines = new ArrayList<>(current);
        Map<String, LedgerLine> existing = lines.stream().collect(Collectors.toMap(l -> l.code, Function.identity()));
        List<LedgerLine> changed = new ArrayList<>();
        for (ValidatedRow row : rows) {
            LedgerLine line = existing.remove(row.code());
            if (line == null) {
                line = LedgerLine.create(budget, table.number(), row.code());
                lines.add(line);
            } else if (!line.deleted && row.sameContent(line.rowKind, line.name, line.position, line.amounts)) {
                continue;
            }
            line.rowKind = row.kind();
            line.name = row.name();
            line.position = row.position();
            line.amounts.clear();
            line.amounts.putAll(row.amounts());
            line.touch(false, now);
            line.persist();
            changed.add(line);
        }
        for (LedgerLine removed : existing.values()) {
            if (!removed.deleted) {
                removed.amounts.clear();
                removed.touch(true, now);
                changed.add(removed);
            }
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        boolean tableChanged = record.version == 0 || !changed.isEmpty() || !Objects.equals(record.note, cleanNote);
        if (!tableChanged) {
            return new Written(record, lines, 0, false);
        }
        for (LedgerLine line : changed) {
            events.lineChanged(budget, line, table, actor);
        }
        record.note = cleanNote;
        record.version++;
        record.updatedAt = now;
        record.persist();
        events.tableChanged(budget, record, table, rowCount, actor);
        return new Written(record, lines, changed.size(), true);
    }
}
