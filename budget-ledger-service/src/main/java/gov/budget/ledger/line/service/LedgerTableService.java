package gov.budget.ledger.line.service;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.contracts.template.RegionTemplate;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.service.BudgetTemplates;
import gov.budget.ledger.line.LedgerLineRows;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.ledger.line.LockedTable;
import gov.budget.ledger.line.StoredLine;
import gov.budget.ledger.line.rest.LedgerLineView;
import gov.budget.ledger.line.rest.LedgerRowPatch;
import gov.budget.ledger.line.rest.LedgerRowRequest;
import gov.budget.ledger.line.rest.LedgerTableRequest;
import gov.budget.ledger.line.rest.LedgerTableView;
import gov.budget.web.BudgetKeys;
import gov.budget.web.Versions;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads, replaces and patches one table of a budget. Each write is one transaction, guarded by the
 * table's version ({@code If-Match}), and locks the budget so that writes to it run one after another.
 */
@ApplicationScoped
public class LedgerTableService {

    @Inject
    LedgerRowsValidator validator;

    @Inject
    LedgerTableWriter writer;

    @Inject
    BudgetTemplates templates;

    @Transactional
    public StoredTable replaceTable(String deptCode, int fiscalYear, int tableNo, String ifMatch,
                                        LedgerTableRequest request, String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        if (request == null) {
            throw InvalidInputException.of("body", null, "a table is required: {\"note\": …, \"rows\": […]}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (request.deptCode() != null && !request.deptCode().equals(deptCode)) {
            violations.add(new FieldViolation("deptCode", request.deptCode(), "does not match the URL's department " + deptCode));
        }
        if (request.fiscalYear() != null && request.fiscalYear() != fiscalYear) {
            violations.add(new FieldViolation("fiscalYear", String.valueOf(request.fiscalYear()),
                    "does not match the URL's year " + fiscalYear));
        }
        LockedTable locked = LockedTable.require(deptCode, fiscalYear, tableNo);
        Budget budget = locked.budget();
        LedgerTable record = locked.record();
        RegionTemplate template = templates.of(budget);
        TableTemplate table = templates.tableToWrite(template, tableNo, "tableNo");
        LedgerRowsValidator.checkNote(request.note(), "note", violations);
        List<ValidatedRow> rows = validator.validate(table, request.rows(), "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Versions.checkIfMatch(ifMatch, record.version, "table " + tableNo + " of " + deptCode + "/" + fiscalYear);
        // every stored line, deleted ones included, for the rows to be written over
        List<StoredLine> stored = StoredLine.ofTable(budget.id, tableNo);
        LedgerTableWriter.Written written = stored(locked, (now, changedRows) ->
                writer.write(budget, table, record, stored, rows, request.note(), actor, now, changedRows));
        return new StoredTable(budget, table, written.record(), written.lines(), written.changedLines());
    }

    /**
     * Changes one row. Only that row is read, checked and written: its code, kind and place stay as
     * stored, so the table's other rows are neither changed nor needed, and a change's work does not
     * grow with its table. The table is read back, after the write, only for a caller that wants it
     * in the answer ({@code answerTable}).
     */
    @Transactional
    public StoredTable patchRow(String deptCode, int fiscalYear, int tableNo, String code, String ifMatch,
                                LedgerRowPatch patch, boolean answerTable, String actor) {
        BudgetKeys.require(deptCode, fiscalYear);
        if (patch == null) {
            throw InvalidInputException.of("body", null, "a patch is required: {\"name\": …, \"amounts\": {…}}");
        }
        LockedTable locked = LockedTable.require(deptCode, fiscalYear, tableNo);
        Budget budget = locked.budget();
        LedgerTable record = locked.record();
        TableTemplate table = templates.tableToRead(templates.of(budget), tableNo);
        StoredLine.InTable found = StoredLine.ofRow(budget.id, tableNo, code)
                .filter(row -> !row.line().deleted())
                .orElseThrow(() -> new NotFoundException("table " + tableNo + " of " + deptCode + "/" + fiscalYear + " has no row " + code));
        Versions.checkIfMatch(ifMatch, record.version, "table " + tableNo + " of " + deptCode + "/" + fiscalYear);
        StoredLine stored = found.line();
        List<FieldViolation> violations = new ArrayList<>();
        Optional<ValidatedRow> row = validator.validateRow(table, patched(stored, patch), stored.position(), violations);
        if (row.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LedgerTableWriter.Written written = stored(locked, (now, changedRows) ->
                writer.writeRow(budget, table, record, stored, row.get(), found.liveLines(), actor, now, changedRows));
        List<StoredLine> lines = answerTable ? StoredLine.ofTable(budget.id, tableNo) : null;
        return new StoredTable(budget, table, written.record(), lines, written.changedLines());
    }

    public LedgerTableView readTable(String deptCode, int fiscalYear, int tableNo) {
        Budget budget = Budget.require(deptCode, fiscalYear);
        TableTemplate table = templates.tableToRead(templates.of(budget), tableNo);
        LedgerTable record = LedgerTable.ofOrNew(budget, tableNo);
        return view(budget, table, record, StoredLine.ofTable(budget.id, tableNo), 0);
    }

    /**
     * Runs a write of the locked table's lines, stores the lines it changed and, when the table
     * changed, the table's record and the budget's new version: the one order for a replace and a
     * row's change.
     */
    private static LedgerTableWriter.Written stored(LockedTable locked,
                                                    BiFunction<Instant, LedgerLineRows.Batch, LedgerTableWriter.Written> write) {
        Instant now = Instant.now();
        LedgerLineRows.Batch changedRows = new LedgerLineRows.Batch(locked.budget().id, now);
        LedgerTableWriter.Written written = write.apply(now, changedRows);
        changedRows.write();
        if (written.tableChanged()) {
            locked.budget().touch(now);
            locked.store();
        }
        return written;
    }

    private static LedgerRowRequest patched(StoredLine line, LedgerRowPatch patch) {
        Map<String, BigDecimal> amounts = new HashMap<>(line.amounts());
        if (patch.amounts() != null) {
            patch.amounts().forEach((column, amount) -> {
                if (amount == null) {
                    amounts.remove(column);
                } else {
                    amounts.put(column, amount);
                }
            });
        }
        return new LedgerRowRequest(line.rowKind(), line.code(), Objects.requireNonNullElse(patch.name(), line.name()), amounts);
    }

    /** The table's current rows in published order. */
    public static List<StoredLine> liveLines(List<StoredLine> lines) {
        return lines.stream()
                .filter(l -> !l.deleted())
                .sorted(Comparator.comparingInt(StoredLine::position))
                .toList();
    }

    public static LedgerTableView view(Budget budget, TableTemplate table, LedgerTable record, List<StoredLine> lines,
                                       int changed) {
        return tableView(budget, table, record, liveLines(lines).stream()
                .map(l -> new LedgerLineView(l.rowKind(), l.code(), l.name(), l.position(), table.inColumnOrder(l.amounts()), l.version()))
                .toList(), changed);
    }

    private static LedgerTableView tableView(Budget budget, TableTemplate table, LedgerTable record, List<LedgerLineView> rows,
                                             int changed) {
        return new LedgerTableView(budget.deptCode, budget.fiscalYear, budget.templateId, table.number(), table.title(),
                table.unit(), record.note, record.version, record.updatedAt, rows, changed);
    }
}
