package gov.budget.imports.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the import service. */
@ConfigMapping(prefix = "budget.import")
public interface ImportConfig {

    /** A document with more pages is refused before any is read. */
    @WithDefault("300")
    int maxPages();

    /** Reading a document's text stops after this: a crafted document cannot hold a worker. */
    @WithDefault("30s")
    Duration parseTimeout();

    /** Documents read at once, in the background. */
    @WithDefault("2")
    int workers();
}
