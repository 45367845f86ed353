package gov.budget.reconciliation.source.procurement;

import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementLinesPayload;
import gov.budget.contracts.procurement.ProcurementSnapshotPage;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.procurement.ProcurementTableSnapshot;
import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.reconciliation.rule.RuleInput;
import gov.budget.reconciliation.source.ProjectedAggregate;
import gov.budget.reconciliation.source.RecordDriftRepair;
import gov.budget.reconciliation.source.GroupedRecords;
import gov.budget.reconciliation.source.RecordProjector;
import gov.budget.reconciliation.source.SnapshotPages;
import gov.budget.reconciliation.source.Source;
import gov.budget.reconciliation.source.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The procurement service: each budget's procurement lines (政府采购预算) and its printed totals. */
@ApplicationScoped
public class ProcurementSource implements Source {

    static final RecordProjector LINES = new RecordProjector(ProcurementLinePayload.AGGREGATE_TYPE, ProcurementLinePayload.class,
            Set.of(RuleInput.procurement()), false).withGroups(ProcurementLinesPayload.AGGREGATE_TYPE,
            new GroupedRecords(ProcurementLinePayload.AGGREGATE_TYPE, "lines", "line", (event, line) -> line.path("lineId").asLong(0) > 0
                    ? ProcurementLinePayload.aggregateId(event.deptCode(), event.fiscalYear(), line.get("lineId").asLong()) : null)::rows);
    static final RecordProjector TOTALS = new RecordProjector(ProcurementTablePayload.AGGREGATE_TYPE, ProcurementTablePayload.class,
            Set.of(RuleInput.procurement()), false);
    private static final List<RecordProjector> KINDS = List.of(LINES, TOTALS);

    @Inject
    ReconciliationConfig config;

    @Inject
    @RestClient
    ProcurementSnapshotClient snapshot;

    @Inject
    RecordDriftRepair repair;

    @Override
    public String service() {
        return "procurement";
    }

    @Override
    public int reportOrder() {
        return 3;
    }

    @Override
    public String topic() {
        return config.topics().procurement();
    }

    @Override
    public List<ProjectedAggregate<?>> aggregates() {
        return List.copyOf(KINDS);
    }

    @Override
    public Set<String> budgetParts() {
        return Set.of(ProcurementLinePayload.AGGREGATE_TYPE, ProcurementTablePayload.AGGREGATE_TYPE);
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        return snapshot.digests(deptCodes);
    }

    @Override
    public List<RecordProjector> budgetRecords() {
        return KINDS;
    }

    @Override
    public Tally repairBudget(String deptCode, int fiscalYear, Instant runStartedAt) {
        List<RecordDriftRepair.SnapshotRecord> lines = SnapshotPages.all(
                cursor -> snapshot.lines(deptCode, fiscalYear, cursor, SnapshotPages.PAGE), ProcurementSnapshotPage::lines,
                ProcurementSnapshotPage::nextCursor).stream()
                .map(l -> new RecordDriftRepair.SnapshotRecord(ProcurementLinePayload.aggregateId(l.deptCode(), l.fiscalYear(),
                        l.line().lineId()), l.deptCode(), l.fiscalYear(), l.version(), l.updatedAt(), l.line().deleted(), l.line()))
                .toList();
        List<RecordDriftRepair.SnapshotRecord> totals = new ArrayList<>();
        for (ProcurementTableSnapshot table : snapshot.tables(deptCode, fiscalYear)) {
            totals.add(new RecordDriftRepair.SnapshotRecord(ProcurementTablePayload.aggregateId(table.deptCode(), table.fiscalYear()),
                    table.deptCode(), table.fiscalYear(), table.version(), table.updatedAt(), false, table.table()));
        }
        return repair.repair(LINES, deptCode, fiscalYear, lines, runStartedAt)
                .plus(repair.repair(TOTALS, deptCode, fiscalYear, totals, runStartedAt));
    }
}
