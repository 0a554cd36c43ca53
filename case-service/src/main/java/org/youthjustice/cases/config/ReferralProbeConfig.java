package org.youthjustice.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How many referrals of another court's juvenile one caller may have refused before it may no longer learn, from a
 * referral, whether a juvenile has an open case ({@code POST /cases}, {@code POST /case-imports}).
 */
@ConfigMapping(prefix = "yjs.case.referral-probes")
public interface ReferralProbeConfig {

    /** Refusals allowed per caller within the window; the next referral that meets an open case answers 429. */
    @WithDefault("20")
    int budget();

    /** The sliding window the budget counts over. */
    @WithDefault("PT1H")
    Duration window();
}
