package org.youthjustice.notification.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code yjs.alerts.escalation.*}: when an unacknowledged URGENT alert escalates, and how often that is checked. */
@ConfigMapping(prefix = "yjs.alerts.escalation")
public interface EscalationSettings {

    /** How long an URGENT alert may stay unacknowledged before it goes to the next level. */
    @WithDefault("PT30M")
    Duration after();

    /** How often the job looks (read by its {@code @Scheduled}; {@code off} switches it off). */
    @WithDefault("1m")
    String checkEvery();
}
