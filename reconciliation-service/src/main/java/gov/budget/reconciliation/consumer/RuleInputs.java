package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.event.EventEnvelope;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.reconciliation.rule.RuleInput;

import java.util.Set;

/** Which rule inputs an applied event changed, so that only the rules reading them are evaluated again. */
final class RuleInputs {

    private RuleInputs() {
    }

    /** The inputs the event touched, or null when it may touch every rule (a budget's template or narrative). */
    static Set<RuleInput> touchedBy(EventEnvelope event) {
        if (LedgerLinePayload.AGGREGATE_TYPE.equals(event.aggregateType())) {
            return Set.of(RuleInput.ledgerTable(EventCodec.payloadAs(event, LedgerLinePayload.class).tableNo()));
        }
        if (LedgerTablePayload.AGGREGATE_TYPE.equals(event.aggregateType())) {
            return Set.of(RuleInput.ledgerTable(EventCodec.payloadAs(event, LedgerTablePayload.class).tableNo()),
                    RuleInput.ledgerTables());
        }
        return switch (event.aggregateType()) {
            case ProjectSheetPayload.AGGREGATE_TYPE -> Set.of(RuleInput.sheets());
            case ProcurementLinePayload.AGGREGATE_TYPE, ProcurementTablePayload.AGGREGATE_TYPE -> Set.of(RuleInput.procurement());
            case HoldingsPayload.AGGREGATE_TYPE, AssetPayload.AGGREGATE_TYPE -> Set.of(RuleInput.assets());
            default -> null;
        };
    }
}
