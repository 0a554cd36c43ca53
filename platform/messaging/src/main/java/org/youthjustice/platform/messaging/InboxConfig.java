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

    /**
     * How long a processed event id is kept; older ones are purged ({@link ProcessedEventPurge}). Longer than any
     * redelivery can come: the topics' and dead-letter topics' retention (Kafka's default: 7 days). Default in this
     * jar's {@code META-INF/microprofile-config.properties}.
     */
    Duration retention();

    /** How often the purge runs ({@code 1h}); {@code off} stops it on this instance. The scheduler reads it. */
    String purgeEvery();

    /**
     * Most records of a batch ({@link EventInbox#processBatch}) handled in one transaction; the channel's
     * {@code max.poll.records} (100, a default of this jar) bounds a batch as a whole.
     */
    @WithDefault("100")
    int batchSize();

    /** Most ids one purge statement deletes. */
    int purgeBatchSize();
}
