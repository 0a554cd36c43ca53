package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertMatchesTest {

    private static final Instant STORED = Instant.parse("2026-12-05T09:00:00Z");

    private static LeadAssignment swap(int index, boolean measured, String worker, String reference, long sent,
                                       int status) {
        return new LeadAssignment(index, measured, worker, reference, sent, sent, sent + 5, status);
    }

    private static AlertSighting alert(String id, long seq, String reference, long read) {
        return new AlertSighting(id, seq, reference, STORED, read);
    }

    @Test
    void theNthAlertOfAWorkerAboutACaseIsTheNthCommittedAssignmentOfTheCaseToThem() {
        List<LeadAssignment> swaps = List.of(
                swap(0, false, "W0001", "GZ-1", 100, 200),
                swap(1, false, "W0002", "GZ-1", 200, 200),
                swap(2, true, "W0001", "GZ-1", 300, 200),
                swap(3, true, "W0001", "GZ-2", 310, 200),
                // refused: raises nothing, so the next alert of the case is the next assignment's
                swap(4, true, "W0002", "GZ-1", 400, 412),
                swap(5, true, "W0002", "GZ-1", 500, 200));
        // alerts in seq order per case, however the legs saw them
        Map<String, Collection<AlertSighting>> alerts = Map.of(
                "W0001", List.of(alert("c", 30, "GZ-1", 390), alert("a", 10, "GZ-1", 150), alert("d", 31, "GZ-2", 330)),
                "W0002", List.of(alert("b", 20, "GZ-1", 260), alert("e", 40, "GZ-1", 560)));

        Map<Integer, String> matches = AlertMatches.match(swaps, alerts);

        assertEquals(Map.of(0, "a", 1, "b", 2, "c", 3, "d", 5, "e"), matches);
    }

    @Test
    void aLegsLatencyRunsFromTheAnswerToItsSightingForTheMeasuredCommittedSwapsOnly() {
        List<LeadAssignment> swaps = List.of(
                swap(0, false, "W0001", "GZ-1", 100, 200),
                swap(1, true, "W0002", "GZ-1", 200, 200),
                swap(2, true, "W0001", "GZ-2", 300, 0),
                swap(3, true, "W0001", "GZ-1", 400, 200));
        Map<Integer, String> matches = Map.of(0, "a", 1, "b", 3, "c");
        Map<String, Map<String, AlertSighting>> leg = Map.of(
                "W0001", Map.of("a", alert("a", 1, "GZ-1", 150)),
                "W0002", Map.of("b", alert("b", 2, "GZ-1", 245)));

        // swap 1 answered at 205 and seen at 245; swap 3's alert matched but never seen by this leg
        assertEquals(Arrays.asList(40L, null), AlertMatches.latencies(swaps, matches, leg));
    }

    @Test
    void anAlertIsRaisedAtItsCreatedAtOnTheAnswersClockShiftedToEpochTime() {
        // the answers' nanoTime 0 is epoch second STORED - 1 s on this (made-up) machine
        long offset = AlertMatches.epochNanos(STORED) - 1_000_000_000L;
        List<LeadAssignment> swaps = List.of(
                new LeadAssignment(0, true, "W0001", "GZ-1", 0, 990_000_000L, 995_000_000L, 200),
                new LeadAssignment(1, true, "W0002", "GZ-1", 0, 996_000_000L, 999_000_000L, 200));
        Map<String, Map<String, AlertSighting>> alerts = Map.of(
                "W0001", Map.of("a", new AlertSighting("a", 1, "GZ-1", STORED, 0)));

        // created 5 ms after swap 0's answer arrived; swap 1's alert was never seen
        assertEquals(Arrays.asList(5_000_000L, null),
                AlertMatches.raised(swaps, Map.of(0, "a", 1, "b"), alerts, offset));
    }
}
