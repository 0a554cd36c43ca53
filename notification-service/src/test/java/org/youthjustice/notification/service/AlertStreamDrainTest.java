package org.youthjustice.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;

/**
 * How a live stream catches up, without a database (an inbox in a map): each alert is sent once in seq order, an
 * alert that commits after a higher seq was sent still goes out, and what was sent is never loaded again.
 */
class AlertStreamDrainTest {

    private static final Addressee OWNER = new Addressee("sw.li", Set.of("social-worker"), Map.of());
    private static final Duration WINDOW = Duration.ofMinutes(2);

    private final TreeMap<Long, Notification> committed = new TreeMap<>();
    private final List<List<Long>> loaded = new ArrayList<>();
    private final List<Long> sent = new ArrayList<>();

    private final AlertStream.Fetch inbox = new AlertStream.Fetch() {
        @Override
        public List<Long> seqsAfter(Addressee owner, long seq, int limit) {
            return committed.tailMap(seq, false).keySet().stream().limit(limit).toList();
        }

        @Override
        public List<Notification> bySeq(List<Long> seqs) {
            loaded.add(seqs);
            return seqs.stream().map(committed::get).toList();
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
        commit(3);
        stream.drain(inbox, WINDOW);
        commit(2); // its transaction took seq 2 before 3's, and committed after 3 was sent
        commit(4);
        stream.drain(inbox, WINDOW);
        stream.drain(inbox, WINDOW);

        assertEquals(List.of(1L, 3L, 2L, 4L), sent);
        assertEquals(List.of(List.of(1L, 3L), List.of(2L, 4L)), loaded);
    }

    @Test
    void aWindowOfMoreSeqsThanOneQueryAnswersIsReadToItsEnd() {
        for (long seq = 1; seq <= 2500; seq++) {
            commit(seq);
        }
        stream.drain(inbox, WINDOW);

        assertEquals(2500, sent.size());
        assertEquals(2500L, sent.get(sent.size() - 1));
    }

    private void commit(long seq) {
        Notification alert = new Notification();
        alert.seq = seq;
        committed.put(seq, alert);
    }
}
