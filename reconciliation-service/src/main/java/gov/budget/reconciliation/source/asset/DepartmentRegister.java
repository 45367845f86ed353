package gov.budget.reconciliation.source.asset;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.reconciliation.facts.BudgetModelLoader;
import gov.budget.reconciliation.projection.RecordProjection;
import gov.budget.reconciliation.rule.Lazy;

import java.util.List;

/**
 * A department's asset register, about a thousand records, which counts in every budget of the
 * department with a holdings table. It is read once per department and batch, and once per
 * department in a full run, and only when a rule that aggregates it is evaluated.
 */
public final class DepartmentRegister {

    private DepartmentRegister() {
    }

    /** The register, read on first use in the transaction that uses it first. */
    public static Lazy<List<AssetPayload>> of(String deptCode) {
        return Lazy.of(() -> BudgetModelLoader.readOnly(() -> RecordProjection.liveOfDepartment(AssetPayload.AGGREGATE_TYPE, deptCode)
                .stream()
                .map(BudgetModelLoader::detached)
                .map(r -> r.payloadAs(AssetPayload.class))
                .toList()));
    }
}
