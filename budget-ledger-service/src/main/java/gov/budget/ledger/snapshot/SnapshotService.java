package gov.budget.ledger.snapshot;

import gov.budget.contracts.snapshot.BudgetSnapshot;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.contracts.snapshot.SnapshotLine;
import gov.budget.contracts.snapshot.SnapshotPage;
import gov.budget.contracts.snapshot.TableSnapshot;
import gov.budget.contracts.template.TableTemplate;
import gov.budget.ledger.budget.Budget;
import gov.budget.ledger.budget.service.BudgetTemplates;
import gov.budget.ledger.budget.service.NarrativeService;
import gov.budget.ledger.department.Department;
import gov.budget.ledger.line.LedgerLine;
import gov.budget.ledger.line.LedgerTable;
import gov.budget.web.snapshot.SnapshotIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The reads the nightly reconciliation compares its projections with. */
@ApplicationScoped
public class SnapshotService {

    @Inject
    BudgetTemplates templates;

    @Inject
    NarrativeService narrative;

    /** One page of every line of one budget, or of all budgets when the key is left out. */
    public SnapshotPage lines(String deptCode, Integer fiscalYear, String cursor, int limit) {
        SnapshotIds.Page page = SnapshotIds.read(LedgerLine.getEntityManager(), "LedgerLine",
                SnapshotIds.Scope.ofBudget("budget", deptCode, fiscalYear), cursor, limit, "lines");
        List<SnapshotLine> lines = LedgerLine.withIds(page.ids()).stream()
                .sorted(Comparator.comparingLong(l -> l.id))
                .map(this::snapshotLine)
                .toList();
        return new SnapshotPage(lines, page.next());
    }

    /** Budgets whose content changed at or after {@code since}; every budget when it is null. */
    public List<ChangedBudget> changedSince(Instant since) {
        List<Budget> budgets = since == null
                ? Budget.<Budget>find("order by updatedAt, id").list()
                : Budget.<Budget>find("updatedAt >= ?1 order by updatedAt, id", since).list();
        return budgets.stream()
                .map(b -> new ChangedBudget(b.deptCode, b.fiscalYear, b.templateId, b.version, b.updatedAt))
                .toList();
    }

    /** One budget's header: template, department name, published tables with their notes, and narrative. */
    public BudgetSnapshot budget(String deptCode, int fiscalYear) {
        Budget budget = Budget.require(deptCode, fiscalYear);
        Map<Integer, Long> rowCounts = LedgerLine.liveRowCounts(budget);
        List<TableSnapshot> tables = LedgerTable.ofBudget(budget).stream()
                .map(t -> new TableSnapshot(t.tableNo, t.note, rowCounts.getOrDefault(t.tableNo, 0L).intValue(), t.version, t.updatedAt))
                .toList();
        Department department = Department.findById(deptCode);
        return new BudgetSnapshot(deptCode, fiscalYear, budget.templateId, department.name, budget.version, tables,
                narrative.read(budget));
    }

    private SnapshotLine snapshotLine(LedgerLine line) {
        Budget budget = line.budget;
        TableTemplate table = templates.of(budget).table(line.tableNo).orElseThrow();
        return new SnapshotLine(budget.deptCode, budget.fiscalYear, line.tableNo, line.rowKind, line.code, line.name,
                line.position, table.inColumnOrder(line.amounts), table.unit(), line.version, line.deleted, line.updatedAt);
    }
}
