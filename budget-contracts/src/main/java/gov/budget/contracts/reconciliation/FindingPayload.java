package gov.budget.contracts.reconciliation;

import java.math.BigDecimal;

/**
 * A change of one finding, as carried by a {@code FindingChanged} event on {@code budget.reconciliation.v1}
 * for dashboards and alerting.
 *
 * @param change     OPENED, CHANGED, RESOLVED or REOPENED
 * @param status     OPEN or RESOLVED after the change
 * @param severity   ERROR, WARNING or INFO
 * @param location   {@code table:row:column}; with the budget and the rule it names the finding
 * @param difference actual − expected
 * @param tolerance  the largest gap that would have been a rounding residual; 0 when compared exactly
 */
public record FindingPayload(String ruleId, String change, String status, String severity, String location, Integer tableNo,
                             String rowCode, String column, BigDecimal expected, BigDecimal actual, BigDecimal difference,
                             BigDecimal tolerance, String message) {

    public static final String AGGREGATE_TYPE = "Finding";
    public static final String EVENT_TYPE = "FindingChanged";

    /** The stable aggregate id of a finding: {@code deptCode:fiscalYear:ruleId:location}. */
    public static String aggregateId(String deptCode, int fiscalYear, String ruleId, String location) {
        return deptCode + ":" + fiscalYear + ":" + ruleId + ":" + location;
    }
}
