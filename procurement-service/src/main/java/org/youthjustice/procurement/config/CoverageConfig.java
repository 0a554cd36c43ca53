package org.youthjustice.procurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When a contract is found understaffed ({@code contract.understaffed}). */
@ConfigMapping(prefix = "yjs.coverage")
public interface CoverageConfig {

    /**
     * How often the check runs. The scheduler reads this property through its expression; it is declared here so
     * that the whole prefix is documented and validated in one place.
     */
    @WithDefault("1h")
    String understaffedCheckEvery();

    /** How long filled posts must stay below the funded ones, in whole days (e.g. P30D), before it is raised. */
    @WithDefault("P30D")
    Duration understaffedAfter();
}
