package org.youthjustice.worker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When {@code worker.qualification-expiring} is announced. */
@ConfigMapping(prefix = "yjs.qualification-expiry")
public interface QualificationExpiryConfig {

    /** How many days before a certificate expires it is announced. */
    @WithDefault("60")
    int noticeDays();

    /**
     * How often the check runs. The scheduler reads this property through its expression; it is declared here so
     * that the whole prefix is documented and validated in one place.
     */
    @WithDefault("1h")
    String every();
}
