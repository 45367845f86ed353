package gov.budget.reconciliation.finding;

import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.event.EventIds;
import gov.budget.contracts.reconciliation.FindingExplanationPayload;
import gov.budget.contracts.reconciliation.FindingPayload;
import gov.budget.reconciliation.config.ReconciliationConfig;
import gov.budget.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * Publishes every change of a finding to {@code budget.reconciliation.v1}, keyed by budget, through
 * the outbox in the evaluation's transaction. The change's id is its version: later changes of a
 * finding always have higher ids.
 */
@ApplicationScoped
public class FindingEvents {

    static final String SOURCE = "reconciliation-service";

    @Inject
    Outbox outbox;

    @Inject
    ReconciliationConfig config;

    public void changed(Finding finding, FindingChange change) {
        FindingPayload payload = new FindingPayload(finding.ruleId, change.kind.name(), finding.status.name(),
                finding.severity.name(), finding.locationKey, finding.tableNo, finding.rowCode, finding.column,
                finding.expected, finding.actual, finding.difference, finding.tolerance, finding.message);
        outbox.append(config.topics().reconciliation(), new EventEnvelope(
                EventIds.next(),
                FindingPayload.EVENT_TYPE,
                SOURCE,
                FindingPayload.AGGREGATE_TYPE,
                FindingPayload.aggregateId(finding.deptCode, finding.fiscalYear, finding.ruleId, finding.locationKey),
                finding.deptCode,
                finding.fiscalYear,
                change.id,
                change.changedAt,
                SOURCE,
                EventCodec.toPayload(payload)));
    }

    /** An explanation, published and thereby audited, with its author as the event's actor. */
    public void explained(Finding finding, FindingExplanation explanation) {
        FindingExplanationPayload payload = new FindingExplanationPayload(finding.id, finding.ruleId, finding.locationKey,
                explanation.author, explanation.reason, explanation.explainedAt);
        outbox.append(config.topics().reconciliation(), new EventEnvelope(
                EventIds.next(),
                FindingExplanationPayload.EVENT_TYPE,
                SOURCE,
                FindingExplanationPayload.AGGREGATE_TYPE,
                FindingPayload.aggregateId(finding.deptCode, finding.fiscalYear, finding.ruleId, finding.locationKey),
                finding.deptCode,
                finding.fiscalYear,
                explanation.id,
                explanation.explainedAt,
                explanation.author,
                EventCodec.toPayload(payload)));
    }
}
