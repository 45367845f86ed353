package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.rule.Severity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Open findings per severity, for one budget or for every budget of a year, counted in one query. */
public final class OpenFindingCounts {

    private OpenFindingCounts() {
    }

    /** Department code to its open findings per severity, every severity present. */
    public static Map<String, Map<Severity, Long>> ofYear(int fiscalYear) {
        List<Object[]> rows = Finding.getEntityManager()
                .createQuery("select f.deptCode, f.severity, count(f) from Finding f where f.fiscalYear = ?1 and f.status = ?2 "
                        + "group by f.deptCode, f.severity", Object[].class)
                .setParameter(1, fiscalYear)
                .setParameter(2, FindingStatus.OPEN)
                .getResultList();
        Map<String, Map<Severity, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], k -> empty()).put((Severity) row[1], (Long) row[2]);
        }
        return counts;
    }

    public static Map<Severity, Long> empty() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        return counts;
    }
}
