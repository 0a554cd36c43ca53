package org.youthjustice.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live streams open on this instance. {@link StoredAlerts} tells it who a committed alert is for; each stream of
 * a matching inbox then asks the inbox for its new alerts on a small pool of its own, one drain at a time per stream.
 * Bounded per caller (the oldest stream is closed: a phone that lost its network reconnects before its old
 * connection times out) and overall (a new stream is refused with 429).
 */
@ApplicationScoped
public class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class);

    @Inject
    Inbox inbox;

    @Inject
    StreamSettings settings;

    private final Set<AlertStream> open = ConcurrentHashMap.newKeySet();
    /** Streams with a drain queued but not started, so that a burst of alerts queues one drain per stream. */
    private final Set<AlertStream> queued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService drains = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "alert-stream-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Opens a stream of {@code owner}'s inbox after seq {@code after} (null: after the latest alert stored now):
     * registered first, then caught up, so that an alert committed meanwhile is sent once, by one of the two.
     */
    public AlertStream open(Addressee owner, Long after, AlertStream.Sink sink) {
        if (open.size() >= settings.maxOpen()) {
            throw new ProblemException(429, ProblemType.TOO_MANY_REQUESTS,
                    "Too many live streams are open on this instance; retry later.", null)
                    .with("retryAfterSeconds", 5);
        }
        long from = after != null ? after : QuarkusTransaction.requiringNew().call(inbox::lastSeq);
        AlertStream stream = new AlertStream(owner, from, sink);
        open.add(stream);
        closeOldestBeyondLimit(owner.subject());
        queue(stream);
        return stream;
    }

    private synchronized void closeOldestBeyondLimit(String subject) {
        List<AlertStream> callers = new ArrayList<>(open.stream()
                .filter(stream -> stream.owner().subject().equals(subject)).toList());
        callers.sort(Comparator.comparingLong(AlertStream::openedAt));
        for (int i = 0; i < callers.size() - settings.maxPerCaller(); i++) {
            end(callers.get(i));
        }
    }

    /** Wakes the streams whose inboxes get one of {@code recipients}' alerts. */
    void alertsStored(Collection<StoredAlerts.Addressed> recipients) {
        for (AlertStream stream : open) {
            if (recipients.stream().anyMatch(recipient -> recipient.reaches(stream.owner()))) {
                queue(stream);
            }
        }
    }

    /** Wakes every stream: after the listener (re)connected, when it may have missed a notification. */
    void wakeAll() {
        open.forEach(this::queue);
    }

    private void queue(AlertStream stream) {
        if (queued.add(stream)) {
            drains.execute(() -> {
                queued.remove(stream);
                drain(stream);
            });
        }
    }

    /** The inbox's queries, each in a transaction of its own: a drain holds no connection while it writes. */
    private final AlertStream.Fetch fetch = new AlertStream.Fetch() {
        @Override
        public List<Long> seqsAfter(Addressee owner, long seq, int limit) {
            return QuarkusTransaction.requiringNew().call(() -> inbox.seqsAfter(owner, seq, limit));
        }

        @Override
        public List<Notification> bySeq(List<Long> seqs) {
            return QuarkusTransaction.requiringNew().call(() -> inbox.bySeq(seqs));
        }

        @Override
        public AlertStream.Horizon horizon() {
            return QuarkusTransaction.requiringNew().call(inbox::horizon);
        }
    };

    private void drain(AlertStream stream) {
        try {
            boolean stillOpen = stream.drain(fetch, settings.settleAfter(), settings.lateCommitWindow());
            if (!stillOpen) {
                open.remove(stream);
            }
        } catch (RuntimeException e) {
            // The database is away: the next alert, heartbeat or reconnection asks again.
            LOG.warnf("A live stream could not be brought up to date: %s", e.toString());
        }
    }

    /** The heartbeat: a comment on every open stream (closing those whose client is gone), and a catch-up. */
    @Scheduled(identity = "yjs-stream-heartbeat", every = "${yjs.stream.heartbeat:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void heartbeat() {
        for (AlertStream stream : open) {
            if (!stream.heartbeat()) {
                open.remove(stream);
            }
        }
        wakeAll();
    }

    public int openCount() {
        return open.size();
    }

    private void end(AlertStream stream) {
        open.remove(stream);
        stream.close();
    }

    /** Ends every stream cleanly (the response completes), so that clients reconnect elsewhere with Last-Event-ID. */
    void onStop(@Observes ShutdownEvent event) {
        List.copyOf(open).forEach(this::end);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        List.copyOf(open).forEach(this::end);
        drains.shutdownNow();
        drains.awaitTermination(5, TimeUnit.SECONDS);
    }
}
