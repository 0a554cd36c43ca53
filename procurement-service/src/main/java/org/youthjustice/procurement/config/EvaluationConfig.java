package org.youthjustice.procurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** What follows from a performance evaluation. */
@ConfigMapping(prefix = "yjs.evaluation")
public interface EvaluationConfig {

    /** How long an unqualified evaluation bars the provider from new awards, from the day of the evaluation. */
    @WithDefault("P2Y")
    Period awardBar();
}
