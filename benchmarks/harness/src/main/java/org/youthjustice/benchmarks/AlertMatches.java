package org.youthjustice.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which alert each assignment raised. An alert names its case, not the event that raised it, and a case of the pool
 * is made the same worker's lead many times in a run; but all events of a case go through one partition of cases.v1
 * (keyed by reference) and are consumed in order, so a worker's alerts about a case are stored (seq) in the order of
 * their assignments, which follow one another (each waits for the answer of the one before). The n-th alert of a
 * (worker, case) is thus the n-th committed assignment's; an alert lost for good shifts the later ones of that case,
 * which the lost count then shows.
 */
final class AlertMatches {

    private AlertMatches() {
    }

    /**
     * @param assignments     every assignment since the streams opened, warm-up included, committed or not
     * @param alertsByWorker  worker id → the alerts their user's legs saw, each alert once (any leg's sighting)
     * @return assignment index → alert id, for the assignments whose alert was seen
     */
    static Map<Integer, String> match(List<LeadAssignment> assignments,
                                      Map<String, Collection<AlertSighting>> alertsByWorker) {
        Map<String, List<LeadAssignment>> sent = new HashMap<>();
        assignments.stream().filter(LeadAssignment::committed)
                .sorted(Comparator.comparingLong(LeadAssignment::sentNanos))
                .forEach(a -> sent.computeIfAbsent(a.workerId() + " " + a.reference(), k -> new ArrayList<>()).add(a));
        Map<String, List<AlertSighting>> seen = new HashMap<>();
        alertsByWorker.forEach((worker, alerts) -> alerts.stream()
                .sorted(Comparator.comparingLong(AlertSighting::seq))
                .forEach(s -> seen.computeIfAbsent(worker + " " + s.reference(), k -> new ArrayList<>()).add(s)));
        Map<Integer, String> matches = new HashMap<>();
        sent.forEach((key, caseAssignments) -> {
            List<AlertSighting> caseAlerts = seen.getOrDefault(key, List.of());
            for (int n = 0; n < Math.min(caseAssignments.size(), caseAlerts.size()); n++) {
                matches.put(caseAssignments.get(n).index(), caseAlerts.get(n).alertId());
            }
        });
        return matches;
    }

    /**
     * Nanoseconds from each measured, committed assignment's answer to the alert's sighting in one leg, in the order of the
     * assignments; null where the leg never saw it.
     *
     * @param leg worker id → alert id → that leg's sighting
     */
    static List<Long> latencies(List<LeadAssignment> assignments, Map<Integer, String> matches,
                                Map<String, Map<String, AlertSighting>> leg) {
        List<Long> latencies = new ArrayList<>();
        for (LeadAssignment assignment : assignments) {
            if (!assignment.measured() || !assignment.committed()) {
                continue;
            }
            String alertId = matches.get(assignment.index());
            AlertSighting sighting = alertId == null ? null
                    : leg.getOrDefault(assignment.workerId(), Map.of()).get(alertId);
            latencies.add(sighting == null ? null : sighting.readNanos() - assignment.answeredNanos());
        }
        return latencies;
    }

    /**
     * Nanoseconds from each measured, committed assignment's answer to the moment notification-service raised its
     * alert (the alert's {@code createdAt}, taken by its rule before the alert's transaction commits), in the order of
     * the assignments; null where no leg saw the alert. The two clocks are the same machine's: {@code epochOffsetNanos}
     * turns the {@link System#nanoTime()} of an answer into epoch nanoseconds.
     *
     * @param alerts worker id → alert id → any leg's sighting (they share the alert's {@code createdAt})
     */
    static List<Long> raised(List<LeadAssignment> assignments, Map<Integer, String> matches,
                             Map<String, Map<String, AlertSighting>> alerts, long epochOffsetNanos) {
        List<Long> raised = new ArrayList<>();
        for (LeadAssignment assignment : assignments) {
            if (!assignment.measured() || !assignment.committed()) {
                continue;
            }
            String alertId = matches.get(assignment.index());
            AlertSighting alert = alertId == null ? null
                    : alerts.getOrDefault(assignment.workerId(), Map.of()).get(alertId);
            raised.add(alert == null ? null
                    : epochNanos(alert.createdAt()) - (assignment.answeredNanos() + epochOffsetNanos));
        }
        return raised;
    }

    static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
