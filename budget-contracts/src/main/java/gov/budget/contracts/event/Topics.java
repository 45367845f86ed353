package gov.budget.contracts.event;

import java.util.List;

/** The Kafka topics of the platform, one per owning service plus reconciliation's own. */
public final class Topics {

    public static final String LEDGER = "budget.ledger.v1";
    public static final String PERFORMANCE = "budget.performance.v1";
    public static final String PROCUREMENT = "budget.procurement.v1";
    public static final String ASSET = "budget.asset.v1";
    public static final String RECONCILIATION = "budget.reconciliation.v1";

    public static final List<String> ALL = List.of(LEDGER, PERFORMANCE, PROCUREMENT, ASSET, RECONCILIATION);

    private Topics() {
    }
}
