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

    /**
     * The table after a write: its record, every line (deleted ones included) and what changed. When
     * the table changed, its record holds the new version, which the caller stores.
     */
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
        return store(budget, table, record, current, new Changes(lines, changed, created, updated), note, rows.size(), actor, now, batch);
    }

    /**
     * Writes one row over its stored line, which is live, in a table of {@code rowCount} live rows: a
     * change to one row, for which only that line was read. As {@link #write}, the table's version
     * rises and the events follow only when the row changed.
     */
    public Written writeRow(Budget budget, TableTemplate table, LedgerTable record, StoredLine stored, ValidatedRow row,
                            int rowCount, String actor, Instant now, LedgerLineRows.Batch batch) {
        if (row.sameContent(stored.rowKind(), stored.name(), stored.position(), stored.amounts())) {
            return store(budget, table, record, List.of(stored), new Changes(List.of(stored), List.of(), List.of(), List.of()),
                    record.note, rowCount, actor, now, batch);
        }
        StoredLine written = new StoredLine(stored.id(), stored.tableNo(), row.kind(), row.code(), row.name(), row.position(),
                stored.version() + 1, false, row.amounts());
        return store(budget, table, record, List.of(stored), new Changes(List.of(written), List.of(written), List.of(), List.of(written)),
                record.note, rowCount, actor, now, batch);
    }

    /** The lines after a write, and those of them that changed: all, and split by how they are stored. */
    private record Changes(List<StoredLine> lines, List<StoredLine> changed, List<StoredLine> created, List<StoredLine> updated) {
    }

    /**
     * Stores what changed over the {@code current} lines with their events, and raises the version of
     * the table's record when anything did; the caller stores the record.
     */
    private Written store(Budget budget, TableTemplate table, LedgerTable record, List<StoredLine> current, Changes changes,
                          String note, int rowCount, String actor, Instant now, LedgerLineRows.Batch batch) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        boolean tableChanged = record.version == 0 || !changes.changed().isEmpty() || !Objects.equals(record.note, cleanNote);
        if (!tableChanged) {
            return new Written(record, changes.lines(), 0, false);
        }
        Map<Long, StoredLine> before = new HashMap<>();
        current.forEach(line -> before.put(line.id(), line));
        batch.add(changes.created(), changes.updated(), before);
        record.note = cleanNote;
        record.version++;
        record.updatedAt = now;
        if (!changes.changed().isEmpty()) {
            events.linesChanged(budget, record, changes.changed(), table, actor);
        }
        events.tableChanged(budget, record, table, rowCount, actor);
        return new Written(record, changes.lines(), changes.changed().size(), true);
    }
}
