package gov.budget.reconciliation.nightly;

import gov.budget.contracts.snapshot.BudgetDigest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which parts of which department-years hold the same in the projections as in their owning
 * services, by digest. A part that neither side holds is the same; a part of a service whose
 * digests could not be read is never the same, so its snapshot is read as before.
 */
public final class DigestComparison {

    private final Set<BudgetDigest.Key> differing = ConcurrentHashMap.newKeySet();
    /** The departments each service answered for, by the parts it owns. */
    private final Map<String, Set<String>> answeredDepartments = new ConcurrentHashMap<>();

    /**
     * Records one service's digests for some departments beside the projections' digests of the
     * same departments.
     */
    void compare(Set<String> parts, List<String> deptCodes, List<BudgetDigest> owning, List<BudgetDigest> projected) {
        Map<BudgetDigest.Key, BudgetDigest> theirs = byKey(owning, parts);
        Map<BudgetDigest.Key, BudgetDigest> ours = byKey(projected, parts);
        Set<BudgetDigest.Key> keys = new HashSet<>(theirs.keySet());
        keys.addAll(ours.keySet());
        // a digest is a record: equal count and checksum, or one side missing, is all there is to compare
        keys.stream().filter(key -> !Objects.equals(ours.get(key), theirs.get(key))).forEach(differing::add);
        for (String part : parts) {
            answeredDepartments.computeIfAbsent(part, p -> ConcurrentHashMap.newKeySet()).addAll(deptCodes);
        }
    }

    private static Map<BudgetDigest.Key, BudgetDigest> byKey(List<BudgetDigest> digests, Set<String> parts) {
        Map<BudgetDigest.Key, BudgetDigest> byKey = new HashMap<>();
        digests.stream().filter(d -> parts.contains(d.part())).forEach(d -> byKey.put(d.key(), d));
        return byKey;
    }

    /** How many parts of department-years differ. */
    int differing() {
        return differing.size();
    }

    /** True when every named part of the department-year is known to hold the same on both sides. */
    public boolean same(String deptCode, int fiscalYear, Set<String> parts) {
        for (String part : parts) {
            if (!answeredDepartments.getOrDefault(part, Set.of()).contains(deptCode)
                    || differing.contains(new BudgetDigest.Key(deptCode, fiscalYear, part))) {
                return false;
            }
        }
        return true;
    }
}
