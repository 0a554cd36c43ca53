package org.youthjustice.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;

/**
 * How a live stream catches up, without a database (an inbox in a map, transactions by id as PostgreSQL reports
 * them): each alert is sent once in seq order, an alert that commits after a higher seq was sent still goes out, what
 * was sent is never loaded again, and the stream stops asking for old seqs once nothing can commit below them.
 */
class AlertStreamDrainTest {

    private static final Addressee OWNER = new Addressee("sw.li", Set.of("social-worker"), Map.of());
    private static final Duration WINDOW = Duration.ofMinutes(2);

    private final TreeMap<Long, Notification> committed = new TreeMap<>();
    /** Seq → the id of the transaction that took it and has not ended. */
    private final Map<Long, Long> running = new HashMap<>();
    private long nextXid = 100;
    private final List<Long> asked = new ArrayList<>();
    private final List<List<Long>> loaded = new ArrayList<>();
    private final List<Long> sent = new ArrayList<>();

    private final AlertStream.Fetch inbox = new AlertStream.Fetch() {
        @Override
        public List<Long> seqsAfter(Addressee owner, long seq, int limit) {
            asked.add(seq);
            return committed.tailMap(seq, false).keySet().stream().limit(limit).toList();
        }

        @Override
        public List<Notification> bySeq(List<Long> seqs) {
            loaded.add(seqs);
            return seqs.stream().map(committed::get).toList();
        }

        @Override
        public AlertStream.Horizon horizon() {
            long oldest = running.values().stream().mapToLong(Long::longValue).min().orElse(nextXid);
            return new AlertStream.Horizon(committed.isEmpty() ? 0 : committed.lastKey(), oldest, nextXid);
        }
    };

    private final AlertStream stream = new AlertStream(OWNER, 0, new AlertStream.Sink() {
        @Override
        public boolean send(Notification alert) {
            sent.add(alert.seq);
            return true;
        }

        @Override
        public boolean heartbeat() {
            return true;
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public void close() {
        }
    });

    @Test
    void anAlertCommittedAfterAHigherSeqWasSentIsSentOnceAndNothingSentIsLoadedAgain() {
        commit(1);
        take(2); // its transaction took seq 2 before 3's, and commits after 3 was sent
        commit(3);
        drain();
        end(2);
        commit(4);
        drain();
        drain();

        assertEquals(List.of(1L, 3L, 2L, 4L), sent);
        assertEquals(List.of(List.of(1L, 3L), List.of(2L, 4L)), loaded);
    }

    @Test
    void onceNoTransactionCanCommitBelowWhatWasSeenTheStreamNoLongerAsksForIt() {
        commit(1);
        commit(2);
        drain(); // sees up to 2, nothing running
        commit(3);
        drain(); // 2 is final now: this read still starts at 0, the next ones after 2
        drain();

        assertEquals(List.of(0L, 0L, 2L), asked);
        assertEquals(List.of(1L, 2L, 3L), sent);
    }

    @Test
    void aTransactionStillRunningKeepsItsSeqInViewUntilItEnds() {
        take(1);
        commit(2);
        drain();
        drain();
        drain();
        assertEquals(List.of(0L, 0L, 0L), asked, "seq 1 may still commit");

        end(1);
        drain();
        drain();
        drain();

        assertEquals(List.of(2L, 1L), sent);
        assertEquals(2L, asked.get(asked.size() - 1));
    }

    @Test
    void theLateCommitWindowBoundsTheLookBackWhateverRuns() {
        take(1);
        commit(2);
        stream.drain(inbox, Duration.ZERO, Duration.ZERO);
        stream.drain(inbox, Duration.ZERO, Duration.ZERO);
        stream.drain(inbox, Duration.ZERO, Duration.ZERO);

        assertEquals(List.of(0L, 0L, 2L), asked);
    }

    @Test
    void aWindowOfMoreSeqsThanOneQueryAnswersIsReadToItsEnd() {
        for (long seq = 1; seq <= 2500; seq++) {
            commit(seq);
        }
        drain();

        assertEquals(2500, sent.size());
        assertEquals(2500L, sent.get(sent.size() - 1));
    }

    private void drain() {
        stream.drain(inbox, Duration.ZERO, WINDOW);
    }

    /** A transaction takes {@code seq} and is still running. */
    private void take(long seq) {
        running.put(seq, nextXid++);
    }

    /** The transaction that took {@code seq} commits. */
    private void end(long seq) {
        running.remove(seq);
        Notification alert = new Notification();
        alert.seq = seq;
        committed.put(seq, alert);
    }

    private void commit(long seq) {
        take(seq);
        end(seq);
    }
}
