package org.youthjustice.platform.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of {@link EventInbox}. */
@ConfigMapping(prefix = "yjs.inbox")
public interface InboxConfig {

    /**
     * How many times a handler that fails on the record is run before the record goes to the dead-letter topic.
     * Failures of the infrastructure do not count: they are retried until they pass.
     */
    @WithDefault("3")
    int maxAttempts();

    /** Pause before the second attempt; it doubles before each further one. */
    @WithDefault("0.1s")
    Duration backoff();

    /** The longest pause between attempts while the infrastructure is down: how soon a consumer resumes after it. */
    @WithDefault("5s")
    Duration maxBackoff();
}
