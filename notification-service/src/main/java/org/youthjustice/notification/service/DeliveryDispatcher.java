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
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends every channel's due deliveries: polls every {@code yjs.delivery.poll-every} (and at once after a commit that
 * made some due), claims as many as it has free slots ({@link DeliveryClaims}), sends each on a bounded pool outside
 * any transaction through the {@link DeliveryChannel} of its channel, and records the outcome
 * ({@link DeliveryOutcomes}). As an attempt ends it claims again only when the last claim left due deliveries behind
 * (slots or a recipient's room ran out): otherwise nothing is waiting that a commit or the poll would not bring. A
 * replica that dies between sending and recording leaves its lease to run out; the delivery is then sent again with
 * the same delivery id (at least once: partners dedupe on Idempotency-Key).
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
    /** A claim was asked for since the last one began: asked while one ran, it runs after it, never lost. */
    private final AtomicBoolean claimWanted = new AtomicBoolean();
    /** Whether the last claim left due deliveries behind: then an ending attempt's free slot is worth a claim. */
    private volatile boolean moreDue = true;
    private volatile boolean stopping;
    private ExecutorService senders;
    private ScheduledExecutorService waker;

    @PostConstruct
    void start() {
        channelBeans.forEach(channel -> channels.put(channel.channel(), channel));
        senders = Executors.newFixedThreadPool(settings.maxInFlight(), daemon("delivery-sender"));
        waker = Executors.newSingleThreadScheduledExecutor(daemon("delivery-waker"));
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

    /** A retry is due at {@code at}: claimed then rather than at the next poll. */
    private void wakeAt(Instant at) {
        long delay = Math.max(0, Duration.between(Instant.now(clock), at).toMillis());
        if (delay < settings.pollEvery().toMillis()) {
            try {
                waker.schedule(this::wake, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // stopping: another replica sends it
            }
        }
    }

    /**
     * One claim at a time per replica; asked for while one is under way (a poll, a commit's wake), it claims once more
     * after it, since what made it ask may have committed after that claim looked.
     */
    private void dispatchDue() {
        claimWanted.set(true);
        while (!stopping && claimWanted.get() && claiming.tryLock()) {
            try {
                claimWanted.set(false);
                claimAndSend();
            } finally {
                claiming.unlock();
            }
        }
    }

    private void claimAndSend() {
        try {
            int free = settings.maxInFlight() - inFlight.get();
            DeliveryClaims.Claims taken = claims.claim(channels.keySet(), free);
            moreDue = taken.moreDue();
            for (DeliveryClaims.Claimed delivery : taken.claimed()) {
                inFlight.incrementAndGet();
                senders.execute(() -> attempt(delivery));
            }
        } catch (RuntimeException e) {
            moreDue = true;
            // the database is away: the next poll tries again
            LOG.warnf("Claiming due deliveries failed (%s); retrying at the next poll", e.getClass().getSimpleName());
            LOG.debug("Claiming due deliveries failed", e);
        }
    }

    private void attempt(DeliveryClaims.Claimed claimed) {
        Instant startedAt = Instant.now(clock);
        long start = System.nanoTime();
        try {
            Outcome outcome = send(claimed);
            outcomes.record(claimed, outcome, startedAt, (System.nanoTime() - start) / 1_000_000)
                    .filter(retry -> !stopping)
                    .ifPresent(this::wakeAt);
        } catch (RuntimeException e) {
            LOG.warnf("Delivery %s: its outcome was not recorded (%s); it is sent again when its lease ends",
                    claimed.delivery().id, e.getClass().getSimpleName());
            LOG.debug("Recording a delivery's outcome failed", e);
        } finally {
            inFlight.decrementAndGet();
            if (!stopping && moreDue) {
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
