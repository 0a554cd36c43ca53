package org.youthjustice.notification.service;

import org.youthjustice.notification.domain.Notification;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One open live stream of an inbox: what it has sent and where to look for more. Alerts are sent in seq order, each
 * once; because a seq is taken at insert and alerts can commit out of that order, the stream asks again for everything
 * after the last seq it sent longer ago than the late-commit window, and skips what it sent since. It asks for the
 * seqs only, and loads the alerts it has not sent: a busy inbox holds hundreds of alerts in the window, and loading
 * them all on every drain cost more than everything else the service did (the event-to-alert benchmark).
 */
public final class AlertStream {

    /** Where a stream's events go: an SSE connection in production. */
    public interface Sink {

        /** Sends one alert; false when the client is gone (or too slow) and the stream must end. */
        boolean send(Notification alert);

        /** Sends a comment line, which clients ignore: keeps idle connections open; false when the client is gone. */
        boolean heartbeat();

        boolean isClosed();

        void close();
    }

    private static final int BATCH = 1000;

    private final Addressee owner;
    private final Sink sink;
    private final long openedAt = System.nanoTime();
    /** Every seq above it that ever commits is either sent already (in {@link #recent}) or still to send. */
    private long settled;
    /** Seq → when it was sent (nanos), for the seqs above {@link #settled}. */
    private final Map<Long, Long> recent = new TreeMap<>();
    private volatile boolean closed;

    AlertStream(Addressee owner, long after, Sink sink) {
        this.owner = owner;
        this.settled = after;
        this.sink = sink;
    }

    public Addressee owner() {
        return owner;
    }

    long openedAt() {
        return openedAt;
    }

    boolean isOpen() {
        return !closed && !sink.isClosed();
    }

    /**
     * Sends the owner's alerts not sent yet, in seq order; {@code fetch} answers up to n alerts after a seq.
     * Answers false when the stream has ended.
     */
    synchronized boolean drain(Fetch fetch, Duration lateCommitWindow) {
        if (!isOpen()) {
            return false;
        }
        settle(lateCommitWindow);
        long cursor = settled;
        List<Long> seqs;
        do {
            seqs = fetch.seqsAfter(owner, cursor, BATCH);
            List<Long> unsent = seqs.stream().filter(seq -> !recent.containsKey(seq)).toList();
            if (!unsent.isEmpty() && !send(fetch.bySeq(unsent))) {
                return false;
            }
            if (!seqs.isEmpty()) {
                cursor = seqs.get(seqs.size() - 1);
            }
        } while (seqs.size() == BATCH);
        return true;
    }

    private boolean send(List<Notification> alerts) {
        for (Notification alert : alerts) {
            if (!sink.send(alert)) {
                close();
                return false;
            }
            recent.put(alert.seq, System.nanoTime());
        }
        return true;
    }

    /** Moves the settled mark past what was sent longer ago than the window: nothing below it can commit any more. */
    private void settle(Duration lateCommitWindow) {
        long horizon = System.nanoTime() - lateCommitWindow.toNanos();
        Iterator<Map.Entry<Long, Long>> sent = recent.entrySet().iterator();
        while (sent.hasNext()) {
            Map.Entry<Long, Long> entry = sent.next();
            if (entry.getValue() - horizon > 0) {
                return;
            }
            settled = Math.max(settled, entry.getKey());
            sent.remove();
        }
    }

    /** Not synchronized with {@link #drain}: a comment between two events is harmless, waiting on a slow one is not. */
    boolean heartbeat() {
        if (!isOpen() || !sink.heartbeat()) {
            close();
            return false;
        }
        return true;
    }

    void close() {
        closed = true;
        sink.close();
    }

    /** The inbox's queries for a stream. */
    interface Fetch {

        /** Up to {@code limit} seqs of the owner's alerts after {@code seq}, in order. */
        List<Long> seqsAfter(Addressee owner, long seq, int limit);

        /** The alerts of these seqs, in seq order (fewer if some were purged meanwhile). */
        List<Notification> bySeq(List<Long> seqs);
    }
}
