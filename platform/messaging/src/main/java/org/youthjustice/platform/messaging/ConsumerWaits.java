package org.youthjustice.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The consumers that wait for their infrastructure (ADR 0006): since when and why, for the readiness check, the
 * metrics {@code yjs_inbox_waiting} and {@code yjs_inbox_infrastructure_failures_total} and the log; and the signal
 * that ends a wait when the service stops.
 */
@ApplicationScoped
public class ConsumerWaits {

    /** One warning when a wait begins, then one every this many failures (about a minute at the longest pause). */
    private static final int LOG_EVERY = 12;

    private static final Logger LOG = Logger.getLogger(ConsumerWaits.class);

    /** A consumer's wait: when it began, the last failure (its kind, never its message) and how many so far. */
    public record Wait(Instant since, String cause, int failures) {
    }

    /**
     * A wait of one copy of a consumer: a channel with {@code concurrency} runs a copy per partition on threads of
     * its own, and one copy's success must not end another's wait. A wait begins and ends within one call of the
     * inbox, on one thread.
     */
    private record Waiter(String consumer, long thread) {
        static Waiter current(String consumer) {
            return new Waiter(consumer, Thread.currentThread().getId());
        }
    }

    private final Map<Waiter, Wait> waits = new ConcurrentHashMap<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final MeterRegistry registry;

    ConsumerWaits(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records an infrastructure failure of a consumer: it begins or continues a wait. */
    void failed(String consumer, EventEnvelope envelope, Throwable failure) {
        var cause = FailureKind.describe(failure);
        Counter.builder("yjs.inbox.infrastructure.failures").tag("consumer", consumer)
                .description("handlings rolled back because the database or another dependency failed")
                .register(registry).increment();
        Gauge.builder("yjs.inbox.waiting", waits, all -> all.keySet().stream().anyMatch(
                        waiter -> waiter.consumer().equals(consumer)) ? 1 : 0).tag("consumer", consumer)
                .description("1 while the consumer waits for its infrastructure to come back").register(registry);
        var wait = waits.merge(Waiter.current(consumer), new Wait(Instant.now(), cause, 1),
                (old, next) -> new Wait(old.since(), cause, old.failures() + 1));
        if (wait.failures() % LOG_EVERY == 1) {
            LOG.warnf("consumer %s waits for its infrastructure since %s (%d failures, last %s on event %s of type %s);"
                    + " it retries until it succeeds and dead-letters nothing", consumer, wait.since(),
                    wait.failures(), cause, envelope.id(), envelope.type());
        }
    }

    /** Ends the consumer's wait, if it had one. */
    void succeeded(String consumer) {
        var ended = waits.remove(Waiter.current(consumer));
        if (ended != null) {
            LOG.infof("consumer %s resumed after waiting %d s for its infrastructure (%d failures)", consumer,
                    Duration.between(ended.since(), Instant.now()).toSeconds(), ended.failures());
        }
    }

    /**
     * Pauses before the next attempt.
     *
     * @return false if the service is stopping (the pause ends at once then) or the thread was interrupted
     */
    boolean pause(Duration duration) {
        try {
            return !stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The consumers waiting now, by name: of several copies waiting, since the first began, failures summed. */
    public Map<String, Wait> current() {
        var byConsumer = new HashMap<String, Wait>();
        waits.forEach((waiter, wait) -> byConsumer.merge(waiter.consumer(), wait, (a, b) -> new Wait(
                a.since().isBefore(b.since()) ? a.since() : b.since(), a.cause(), a.failures() + b.failures())));
        return Map.copyOf(byConsumer);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping.countDown();
    }
}
