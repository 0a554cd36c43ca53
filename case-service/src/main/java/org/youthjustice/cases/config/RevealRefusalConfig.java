package org.youthjustice.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How many refused identity reveals, each an undeletable audit row, one caller that could never reveal the case may
 * cause before its further refusals are answered 429 and write nothing (see {@code RevealRefusals}).
 */
@ConfigMapping(prefix = "yjs.case.reveal-refusals")
public interface RevealRefusalConfig {

    /** Audited refusals allowed per caller within the window. */
    @WithDefault("10")
    int budget();

    /** The sliding window the budget counts over. */
    @WithDefault("PT1H")
    Duration window();
}
