package org.youthjustice.notification.service;

import org.youthjustice.notification.domain.Notification;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * One open live stream of an inbox: what it has sent and where to look for more. Alerts are sent in seq order, each
 * once; because a seq is taken at insert and alerts can commit out of that order, the stream asks again for everything
 * after its settled mark, and skips what it sent since. The mark moves up to the highest seq a drain saw committed once
 * every transaction that was running then has ended (PostgreSQL's snapshot says so: {@link Horizon}) and
 * {@code settleAfter} has passed, or at the latest after the late-commit window; so a drain reads the alerts of the
 * last moments, not of minutes. It asks for the seqs only, and loads the alerts it has not sent: a busy inbox holds
 * many alerts behind the mark, and loading them all on every drain cost more than everything else the service did
 * (the event-to-alert benchmark).
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

    /**
     * Where the inbox stood at one moment: its highest committed seq, the oldest transaction running and the next
     * transaction id (see {@link Inbox#horizon()}).
     */
    public record Horizon(long lastSeq, long oldestRunning, long nextXid) {
    }

    /** A seq the settled mark may move to once every transaction below {@code nextXid} has ended. */
    private record Mark(long lastSeq, long nextXid, long seenAt) {
    }

    private final Addressee owner;
    private final Sink sink;
    private final long openedAt = System.nanoTime();
    /** Every seq at or below it that ever commits has committed: what is to send lies above it. */
    private long settled;
    /** The seqs above {@link #settled} sent already. */
    private final NavigableSet<Long> recent = new TreeSet<>();
    /** The marks {@link #settled} may move to, oldest first. */
    private final Deque<Mark> marks = new ArrayDeque<>();
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
    synchronized boolean drain(Fetch fetch, Duration settleAfter, Duration lateCommitWindow) {
        if (!isOpen()) {
            return false;
        }
        // before the read: what has ended by now, the read (a later snapshot) sees committed
        Horizon horizon = fetch.horizon();
        long now = System.nanoTime();
        long settles = settled;
        while (!marks.isEmpty() && isFinal(marks.peekFirst(), horizon, now, settleAfter, lateCommitWindow)) {
            settles = Math.max(settles, marks.pollFirst().lastSeq());
        }
        long cursor = settled;
        List<Long> seqs;
        do {
            seqs = fetch.seqsAfter(owner, cursor, BATCH);
            List<Long> unsent = seqs.stream().filter(seq -> !recent.contains(seq)).toList();
            if (!unsent.isEmpty() && !send(fetch.bySeq(unsent))) {
                return false;
            }
            if (!seqs.isEmpty()) {
                cursor = seqs.get(seqs.size() - 1);
            }
        } while (seqs.size() == BATCH);
        settled = settles;
        recent.headSet(settled, true).clear();
        if (horizon.lastSeq() > settled && (marks.isEmpty() || horizon.lastSeq() > marks.peekLast().lastSeq())) {
            marks.addLast(new Mark(horizon.lastSeq(), horizon.nextXid(), now));
        }
        return true;
    }

    /** Whether every seq up to the mark has committed or never will. */
    private static boolean isFinal(Mark mark, Horizon horizon, long now, Duration settleAfter,
                                   Duration lateCommitWindow) {
        long age = now - mark.seenAt();
        return age >= lateCommitWindow.toNanos()
                || (horizon.oldestRunning() >= mark.nextXid() && age >= settleAfter.toNanos());
    }

    private boolean send(List<Notification> alerts) {
        for (Notification alert : alerts) {
            if (!sink.send(alert)) {
                close();
                return false;
            }
            recent.add(alert.seq);
        }
        return true;
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

        /** Where the inbox stands now. */
        Horizon horizon();
    }
}
