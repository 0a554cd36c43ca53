package org.youthjustice.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.service.DeliveryChannel.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends every channel's due deliveries: polls every {@code yjs.delivery.poll-every} (and at once after a commit that
 * made some due), claims as many as it has free slots ({@link DeliveryClaims}), sends each on a bounded pool outside
 * any transaction through the {@link DeliveryChannel} of its channel, and records the outcome
 * ({@link DeliveryOutcomes}). A replica that dies between sending and recording leaves its lease to run out; the
 * delivery is then sent again with the same delivery id (at least once: partners dedupe on Idempotency-Key).
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    @Inject
    DeliverySettings settings;

    @Inject
    DeliveryClaims claims;

    @Inject
    DeliveryOutcomes outcomes;

    @Inject
    @Any
    Instance<DeliveryChannel> channelBeans;

    @Inject
    Clock clock;

    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ReentrantLock claiming = new ReentrantLock();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean stopping;
    private ExecutorService senders;
    private ExecutorService waker;

    @PostConstruct
    void start() {
        channelBeans.forEach(channel -> channels.put(channel.channel(), channel));
        senders = Executors.newFixedThreadPool(settings.maxInFlight(), daemon("delivery-sender"));
        waker = Executors.newSingleThreadExecutor(daemon("delivery-waker"));
    }

    /** Claims nothing more; attempts in flight are cut off, their leases run out and another replica sends them. */
    void stopping(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        waker.shutdownNow();
        senders.shutdownNow();
    }

    @Scheduled(every = "${yjs.delivery.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatchDue();
    }

    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesDue due) {
        wake();
    }

    private void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeQueued.set(false);
                dispatchDue();
            });
        }
    }

    /** One claim at a time per replica; a poll that finds another under way leaves it the work. */
    private void dispatchDue() {
        if (stopping || !claiming.tryLock()) {
            return;
        }
        try {
            int free = settings.maxInFlight() - inFlight.get();
            List<DeliveryClaims.Claimed> claimed = claims.claim(channels.keySet(), free);
            for (DeliveryClaims.Claimed delivery : claimed) {
                inFlight.incrementAndGet();
                senders.execute(() -> attempt(delivery));
            }
        } catch (RuntimeException e) {
            // the database is away: the next poll tries again
            LOG.warnf("Claiming due deliveries failed (%s); retrying at the next poll", e.getClass().getSimpleName());
            LOG.debug("Claiming due deliveries failed", e);
        } finally {
            claiming.unlock();
        }
    }

    private void attempt(DeliveryClaims.Claimed claimed) {
        Instant startedAt = Instant.now(clock);
        long start = System.nanoTime();
        try {
            Outcome outcome = send(claimed);
            outcomes.record(claimed, outcome, startedAt, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf("Delivery %s: its outcome was not recorded (%s); it is sent again when its lease ends",
                    claimed.delivery().id, e.getClass().getSimpleName());
            LOG.debug("Recording a delivery's outcome failed", e);
        } finally {
            inFlight.decrementAndGet();
            if (!stopping) {
                wake();
            }
        }
    }

    private Outcome send(DeliveryClaims.Claimed claimed) {
        try {
            return channels.get(claimed.delivery().channel).send(claimed.delivery(), claimed.notification());
        } catch (RuntimeException e) {
            return Outcome.transientFailure(null, e.getClass().getSimpleName());
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
