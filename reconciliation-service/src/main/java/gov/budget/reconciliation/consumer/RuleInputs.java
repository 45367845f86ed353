package gov.budget.reconciliation.consumer;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.reconciliation.projection.LedgerLineRow;
import gov.budget.reconciliation.projection.LedgerTableRow;
import gov.budget.reconciliation.rule.RuleInput;

import java.util.Set;

/**
 * Which rule inputs an applied event changed, so that only the rules reading them are evaluated
 * again; read from the row the event was turned into, so that its payload is read once.
 */
final class RuleInputs {

    private RuleInputs() {
    }

    static Set<RuleInput> touchedBy(LedgerLineRow line) {
        return Set.of(RuleInput.ledgerTable(line.tableNo()));
    }

    static Set<RuleInput> touchedBy(LedgerTableRow table) {
        return Set.of(RuleInput.ledgerTable(table.tableNo()), RuleInput.ledgerTables());
    }

    /**
     * The inputs an aggregate of another service, or a budget header, touched; null when it may touch
     * every rule (a budget's template or narrative).
     */
    static Set<RuleInput> touchedBy(String aggregateType) {
        return switch (aggregateType) {
            case ProjectSheetPayload.AGGREGATE_TYPE -> Set.of(RuleInput.sheets());
            case ProcurementLinePayload.AGGREGATE_TYPE, ProcurementTablePayload.AGGREGATE_TYPE -> Set.of(RuleInput.procurement());
            case HoldingsPayload.AGGREGATE_TYPE, AssetPayload.AGGREGATE_TYPE -> Set.of(RuleInput.assets());
            default -> null;
        };
    }
}
