package org.youthjustice.platform.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of {@link Outbox} and {@link OutboxRelay}. */
@ConfigMapping(prefix = "yjs.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /case-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /**
     * Base of the {@code dataschema} URI; an event of type {@code t} and version {@code v} points at
     * {@code <base>/<t>.v<v>.schema.json}, the schema's path in the producer's contracts artifact
     * ({@code events/<service>/...}), as its examples say.
     */
    @WithDefault("https://youthjustice.org/events/${quarkus.application.name}")
    String dataschemaBase();

    /**
     * How often the relay looks for pending events it was not woken for, as the scheduler reads it: a duration
     * ({@code 1s}) or {@code off} (then only commits on this instance wake it).
     */
    @WithDefault(OutboxRelay.DEFAULT_POLL_INTERVAL)
    String pollInterval();

    /** Most events one relay pass publishes. */
    @WithDefault("500")
    int batchSize();

    /** How long sent events stay in the table (for diagnosis) before they are purged. */
    @WithDefault("7d")
    Duration retention();

    /**
     * How long the producer may try to deliver one event ({@code delivery.timeout.ms}); after that the relay
     * leaves the event pending and tries again on a later pass.
     */
    @WithDefault("10s")
    Duration deliveryTimeout();

    /** Whether this instance relays at all; events are still written to the outbox when it does not. */
    @WithDefault("true")
    boolean enabled();
}
