package gov.budget.reconciliation.source.ledger;

import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.contracts.snapshot.ChangedBudget;
import gov.budget.contracts.snapshot.SnapshotLine;
import gov.budget.contracts.snapshot.SnapshotPage;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.facts.ModelReads;
import gov.budget.reconciliation.facts.StoredRows;
import gov.budget.reconciliation.source.ProjectedAggregate;
import gov.budget.reconciliation.source.SnapshotPages;
import gov.budget.reconciliation.source.Source;
import gov.budget.reconciliation.source.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The budget-ledger service: each budget's header, its nine tables' notes and row counts, and their
 * lines. The ledger also names the budgets that exist, which a full run checks.
 */
@ApplicationScoped
public class LedgerSource implements Source {

    @Inject
    ReconciliationConfig config;

    @Inject
    @RestClient
    LedgerSnapshotClient snapshot;

    @Inject
    BudgetHeaderProjector headers;

    @Inject
    LedgerTableProjector tables;

    @Inject
    LedgerLineProjector lines;

    @Inject
    LedgerDriftRepair repair;

    @Override
    public String service() {
        return "ledger";
    }

    @Override
    public int reportOrder() {
        return 1;
    }

    @Override
    public String topic() {
        return config.topics().ledger();
    }

    @Override
    public List<ProjectedAggregate<?>> aggregates() {
        return List.of(headers, tables, lines);
    }

    @Override
    public Set<String> budgetParts() {
        return Set.of(LedgerLinePayload.AGGREGATE_TYPE, LedgerTablePayload.AGGREGATE_TYPE, BudgetDigest.HEADER);
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        return snapshot.digests(deptCodes);
    }

    @Override
    public void loadInto(ModelReads reads) {
        LedgerFacts.loadInto(reads);
    }

    @Override
    public void countInto(StoredRows rows) {
        LedgerFacts.countInto(rows);
    }

    @Override
    public boolean filed(String deptCode, int fiscalYear) {
        return LedgerFacts.filed(deptCode, fiscalYear);
    }

    /** The budgets the ledger holds, each once. */
    public List<ChangedBudget> budgets() {
        return snapshot.budgets(null);
    }

    @Override
    public Tally repairBudget(String deptCode, int fiscalYear, Instant runStartedAt) {
        Tally header = repair.repairHeader(snapshot.budget(deptCode, fiscalYear), runStartedAt);
        return header.plus(repair.repair(deptCode, fiscalYear, linesOf(deptCode, fiscalYear), runStartedAt));
    }

    /** A budget that the ledger does not hold: every live line projected for it is extra. */
    public Tally repairUnknown(String deptCode, int fiscalYear, Instant runStartedAt) {
        return repair.repair(deptCode, fiscalYear, List.of(), runStartedAt);
    }

    private List<SnapshotLine> linesOf(String deptCode, int fiscalYear) {
        return SnapshotPages.all(cursor -> snapshot.lines(deptCode, fiscalYear, cursor, SnapshotPages.PAGE), SnapshotPage::lines,
                SnapshotPage::nextCursor);
    }
}
