package gov.budget.ledger.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the ledger service, under {@code budget.ledger}. */
@ConfigMapping(prefix = "budget.ledger")
public interface LedgerConfig {

    /** The region template of a budget that is written for the first time. */
    @WithDefault("hebei-2024")
    String defaultTemplate();
}
