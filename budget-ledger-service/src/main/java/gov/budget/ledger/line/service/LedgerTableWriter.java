package gov.budget.ledger.line.service;

import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.line.LedgerLineRows;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.ledger.line.StoredLine;
import gov.budget.ledger.line.event.LedgerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes validated content into one table of a budget, inside the caller's transaction. Every added,
 * changed or removed row gets a new version and one event; unchanged rows get neither. When anything
 * in the table changed (a row, or its note, or the table is new), the table's version rises and a
 * table event follows. The lines are compared and written as plain values ({@link LedgerLineRows}).
 */
@ApplicationScoped
public class LedgerTableWriter {

    @Inject
    LedgerEvents events;

    /** The table after a write: its record, every line (deleted ones included) and what changed. */
    public record Written(LedgerTable record, List<StoredLine> lines, int changedLines, boolean tableChanged) {
    }

    /**
     * Writes the rows over the table's current lines (deleted ones included), which the caller has read.
     * The changed lines go to {@code batch}, which the caller writes once the budget's tables are done.
     */
    public Written write(Budget budget, TableTemplate table, LedgerTable record, List<StoredLine> current,
                         List<ValidatedRow> rows, String note, String actor, Instant now, LedgerLineRows.Batch batch) {
        Map<String, StoredLine> existing = new LinkedHashMap<>();
        current.forEach(line -> existing.put(line.code(), line));
        List<StoredLine> lines = new ArrayList<>(current.size() + rows.size());
        // every changed line in the rows' order, for the events; and split by how it is stored
        List<StoredLine> changed = new ArrayList<>();
        List<StoredLine> created = new ArrayList<>();
        List<StoredLine> updated = new ArrayList<>();
        for (ValidatedRow row : rows) {
            StoredLine line = existing.remove(row.code());
            if (line == null) {
                StoredLine written = new StoredLine(LedgerLineRows.newId(), table.number(), row.kind(), row.code(), row.name(),
                        row.position(), 1, false, row.amounts());
                lines.add(written);
                changed.add(written);
                created.add(written);
            } else if (!line.deleted() && row.sameContent(line.rowKind(), line.name(), line.position(), line.amounts())) {
                lines.add(line);
            } else {
                StoredLine written = new StoredLine(line.id(), line.tableNo(), row.kind(), row.code(), row.name(), row.position(),
                        line.version() + 1, false, row.amounts());
                lines.add(written);
                changed.add(written);
                updated.add(written);
            }
        }
        for (StoredLine removed : existing.values()) {
            if (removed.deleted()) {
                lines.add(removed);
            } else {
                StoredLine deleted = new StoredLine(removed.id(), removed.tableNo(), removed.rowKind(), removed.code(), removed.name(),
                        removed.position(), removed.version() + 1, true, Map.of());
                lines.add(deleted);
                changed.add(deleted);
                updated.add(deleted);
            }
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        boolean tableChanged = record.version == 0 || !changed.isEmpty() || !Objects.equals(record.note, cleanNote);
        if (!tableChanged) {
            return new Written(record, lines, 0, false);
        }
        Map<Long, StoredLine> before = new HashMap<>();
        current.forEach(line -> before.put(line.id(), line));
        batch.add(created, updated, before);
        for (StoredLine line : changed) {
            events.lineChanged(budget, line, now, table, actor);
        }
        record.note = cleanNote;
        record.version++;
        record.updatedAt = now;
        record.persist();
        events.tableChanged(budget, record, table, rows.size(), actor);
        return new Written(record, lines, changed.size(), true);
    }
}
