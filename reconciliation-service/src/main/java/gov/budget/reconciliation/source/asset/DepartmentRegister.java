package gov.budget.reconciliation.source.asset;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.outbox.jdbc.MultiRowSql;
import gov.budget.reconciliation.facts.ModelPayloads;
import gov.budget.reconciliation.rule.Lazy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A department's asset register, about a thousand records, which counts in every budget of the
 * department with a holdings table. It is read once per department and batch, and once per
 * department in a full run, and only when a rule that aggregates it is evaluated.
 */
public final class DepartmentRegister {

    private static final String LIVE_ASSETS = "SELECT dept_code, aggregate_id, payload FROM record_projection "
            + "WHERE aggregate_type = ? AND deleted = false AND dept_code IN (?)";

    private DepartmentRegister() {
    }

    /** The register, read on first use in the transaction that uses it first. */
    public static Lazy<List<AssetPayload>> of(String deptCode) {
        return ofDepartments(List.of(deptCode)).apply(deptCode);
    }

    /**
     * The registers of a batch's departments: the stored records of all of them are read in one
     * statement, as plain values, at the first use of any, and each department's are parsed at its
     * own first use, so that a record that cannot be read fails that department's budgets only. A
     * department outside the batch is read on its own. As entities, one statement a department, the
     * registers were a twelfth of a batch's evaluation (JFR, throughput benchmark).
     */
    public static Function<String, Lazy<List<AssetPayload>>> ofDepartments(Collection<String> deptCodes) {
        Set<String> batch = new TreeSet<>(deptCodes);
        Lazy<Map<String, List<StoredAsset>>> stored = Lazy.of(() -> storedAssets(batch));
        Map<String, Lazy<List<AssetPayload>>> registers = new HashMap<>();
        return dept -> registers.computeIfAbsent(dept, d -> Lazy.of(() -> parsed(batch.contains(d)
                ? stored.get().getOrDefault(d, List.of())
                : storedAssets(Set.of(d)).getOrDefault(d, List.of()))));
    }

    private static Map<String, List<StoredAsset>> storedAssets(Set<String> deptCodes) {
        Map<String, List<StoredAsset>> byDepartment = new HashMap<>();
        MultiRowSql.selectIn(LIVE_ASSETS, List.of(AssetPayload.AGGREGATE_TYPE), deptCodes,
                row -> byDepartment.computeIfAbsent(row.getString(1), d -> new ArrayList<>())
                        .add(new StoredAsset(row.getString(2), row.getString(3))));
        return byDepartment;
    }

    private static List<AssetPayload> parsed(List<StoredAsset> assets) {
        return assets.stream()
                .map(asset -> ModelPayloads.read(asset.payload(), AssetPayload.class, AssetPayload.AGGREGATE_TYPE + " " + asset.aggregateId()))
                .toList();
    }

    /** An asset as stored, its payload still text. */
    private record StoredAsset(String aggregateId, String payload) {
    }
}
