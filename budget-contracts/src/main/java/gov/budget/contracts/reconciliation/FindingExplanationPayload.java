package gov.budget.contracts.reconciliation;

import java.time.Instant;

/**
 * An explanation (出错说明) of a WARNING finding, as carried by a {@code FindingExplained} event on
 * {@code budget.reconciliation.v1}; the event's actor is its author, the token's subject.
 *
 * @param findingId the finding it explains
 * @param location  {@code table:row:column}, as in {@link FindingPayload}
 */
public record FindingExplanationPayload(long findingId, String ruleId, String location, String author, String reason,
                                        Instant explainedAt) {

    public static final String AGGREGATE_TYPE = "FindingExplanation";
    public static final String EVENT_TYPE = "FindingExplained";
}
