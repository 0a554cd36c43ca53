package org.youthjustice.platform.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of {@link EventInbox}. */
@ConfigMapping(prefix = "yjs.inbox")
public interface InboxConfig {

    /** How many times a handler is run for one record before the record goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Pause before the second attempt; it doubles before each further one. */
    @WithDefault("0.1s")
    Duration backoff();
}
