package gov.budget.reconciliation.finding;

import gov.budget.reconciliation.rule.Severity;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * A filter over one budget's findings; a null criterion matches everything.
 *
 * @param status OPEN or RESOLVED; null for both
 */
public record FindingQuery(String deptCode, int fiscalYear, Severity severity, String ruleId, FindingStatus status,
                           Integer tableNo) {

    public PanacheQuery<Finding> query() {
        StringBuilder where = new StringBuilder("deptCode = :dept and fiscalYear = :year");
        Parameters parameters = Parameters.with("dept", deptCode).and("year", fiscalYear);
        if (severity != null) {
            where.append(" and severity = :severity");
            parameters.and("severity", severity);
        }
        if (ruleId != null) {
            where.append(" and ruleId = :rule");
            parameters.and("rule", ruleId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (tableNo != null) {
            where.append(" and tableNo = :table");
            parameters.and("table", tableNo);
        }
        return Finding.find(where.toString(), Sort.by("ruleId").and("tableNo").and("rowCode").and("column").and("id"), parameters);
    }
}
