package gov.budget.reconciliation.source.asset;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.AssetSnapshotPage;
import gov.budget.contracts.asset.AssetsPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.asset.HoldingsSnapshot;
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

/**
 * The asset service (国有资产): each department's holdings tables, filed under a budget's year, and
 * its register of fixed assets, which every budget of the department reads through
 * {@link DepartmentRegister}. Both belong to the whole department in a full run.
 */
@ApplicationScoped
public class AssetSource implements Source {

    static final RecordProjector HOLDINGS = new RecordProjector(HoldingsPayload.AGGREGATE_TYPE, HoldingsPayload.class,
            Set.of(RuleInput.assets()), false);
    /** The register's entries, one an {@code AssetChanged} event, or an import's of one year an {@code AssetsChanged}. */
    static final RecordProjector REGISTER = new RecordProjector(AssetPayload.AGGREGATE_TYPE, AssetPayload.class,
            Set.of(RuleInput.assets()), true).withGroups(AssetsPayload.AGGREGATE_TYPE,
            new GroupedRecords(AssetPayload.AGGREGATE_TYPE, "assets", "asset", (event, asset) -> asset.path("assetNumber").isTextual()
                    ? AssetPayload.aggregateId(event.deptCode(), asset.get("assetNumber").textValue()) : null)::rows);

    @Inject
    ReconciliationConfig config;

    @Inject
    @RestClient
    AssetSnapshotClient snapshot;

    @Inject
    RecordDriftRepair repair;

    @Override
    public String service() {
        return "asset";
    }

    @Override
    public int reportOrder() {
        return 4;
    }

    @Override
    public String topic() {
        return config.topics().asset();
    }

    @Override
    public List<ProjectedAggregate<?>> aggregates() {
        return List.of(HOLDINGS, REGISTER);
    }

    @Override
    public Set<String> budgetParts() {
        return Set.of();
    }

    @Override
    public Set<String> departmentParts() {
        return Set.of(HoldingsPayload.AGGREGATE_TYPE, AssetPayload.AGGREGATE_TYPE);
    }

    @Override
    public List<BudgetDigest> digests(List<String> deptCodes) {
        return snapshot.digests(deptCodes);
    }

    /** The holdings tables filed under the budget's year; the register is read per department, when a rule asks for it. */
    @Override
    public List<RecordProjector> budgetRecords() {
        return List.of(HOLDINGS);
    }

    @Override
    public Tally repairBudget(String deptCode, int fiscalYear, Instant runStartedAt) {
        return Tally.NONE;
    }

    @Override
    public Tally repairDepartment(String deptCode, Instant runStartedAt) {
        List<RecordDriftRepair.SnapshotRecord> holdings = new ArrayList<>();
        for (HoldingsSnapshot table : snapshot.holdings(deptCode)) {
            holdings.add(new RecordDriftRepair.SnapshotRecord(HoldingsPayload.aggregateId(table.deptCode(), table.holdings().asOf()),
                    table.deptCode(), table.fiscalYear(), table.version(), table.updatedAt(), false, table.holdings()));
        }
        Tally tables = repair.repair(HOLDINGS, deptCode, null, holdings, runStartedAt);
        List<RecordDriftRepair.SnapshotRecord> assets = SnapshotPages.all(
                cursor -> snapshot.assets(deptCode, cursor, SnapshotPages.PAGE), AssetSnapshotPage::assets, AssetSnapshotPage::nextCursor)
                .stream()
                .map(a -> new RecordDriftRepair.SnapshotRecord(AssetPayload.aggregateId(a.deptCode(), a.asset().assetNumber()), a.deptCode(),
                        a.asset().acquiredOn().getYear() + 1, a.version(), a.updatedAt(), false, a.asset()))
                .toList();
        return tables.plus(repair.repair(REGISTER, deptCode, null, assets, runStartedAt));
    }
}
