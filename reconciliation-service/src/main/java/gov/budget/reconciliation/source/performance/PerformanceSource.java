package gov.budget.reconciliation.source.performance;

import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.performance.ProjectSheetsPayload;
import gov.budget.contracts.performance.ProjectSheetSnapshotPage;
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
import java.util.List;
import java.util.Set;

/** The performance service: each budget's project performance-goal sheets (绩效目标). */
@ApplicationScoped
public class PerformanceSource implements Source {

    static final RecordProjector SHEETS = new RecordProjector(ProjectSheetPayload.AGGREGATE_TYPE, ProjectSheetPayload.class,
            Set.of(RuleInput.sheets()), false).withGroups(ProjectSheetsPayload.AGGREGATE_TYPE,
            new GroupedRecords(ProjectSheetPayload.AGGREGATE_TYPE, "sheets", "sheet", (event, sheet) -> sheet.path("projectCode").isTextual()
                    ? ProjectSheetPayload.aggregateId(event.deptCode(), event.fiscalYear(), sheet.get("projectCode").textValue()) : null)::rows);

    @Inject
    ReconciliationConfig config;

    @Inject
    @RestClient
    PerformanceSnapshotClient snapshot;

    @Inject
    RecordDriftRepair repair;

    @Override
    public String service() {
        return "performance";
    }

    @Override
    public int reportOrder() {
        return 2;
    }

    @Override
    public String topic() {
        return config.topics().performance();
    }

    @Override
    public List<ProjectedAggregate<?>> aggregates() {
        return List.of(SHEETS);
    }

    @Override
    public Set<String> budgetParts() {
        return Set.of(ProjectSheetPayload.AGGREGATE_TYPE);
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        return snapshot.digests(deptCodes);
    }

    @Override
    public List<RecordProjector> budgetRecords() {
        return List.of(SHEETS);
    }

    @Override
    public Tally repairBudget(String deptCode, int fiscalYear, Instant runStartedAt) {
        List<RecordDriftRepair.SnapshotRecord> records = SnapshotPages.all(
                cursor -> snapshot.sheets(deptCode, fiscalYear, cursor, SnapshotPages.PAGE), ProjectSheetSnapshotPage::sheets,
                ProjectSheetSnapshotPage::nextCursor).stream()
                .map(s -> new RecordDriftRepair.SnapshotRecord(ProjectSheetPayload.aggregateId(s.deptCode(), s.fiscalYear(),
                        s.sheet().projectCode()), s.deptCode(), s.fiscalYear(), s.version(), s.updatedAt(), s.sheet().deleted(), s.sheet()))
                .toList();
        return repair.repair(SHEETS, deptCode, fiscalYear, records, runStartedAt);
    }
}
