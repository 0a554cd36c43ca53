package org.youthjustice.systemtests;

import org.apache.kafka.common.TopicPartition;
import org.youthjustice.local.SuiteSettings;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What became of a fault test's assignments in worker-service: its worker's caseload, read once worker-service's
 * consumer group has committed past every {@code case.assigned} of them, against the cases case-service says the
 * worker leads; and how many distinct {@code case.assigned} events each case got (copies of one event, published
 * again by the outbox relay after a crash, share its id).
 *
 * @param leads            the cases case-service says the worker leads
 * @param caseload         worker-service's caseload of the worker, each reference as often as it is listed
 * @param assignedEventIds the ids of the {@code case.assigned} events of each of the cases
 */
record CaseloadDelivery(Set<String> leads, List<String> caseload, Map<String, Set<String>> assignedEventIds) {

    /**
     * @param caseAdmin   admin.ops, calling case-service
     * @param workerAdmin admin.ops, calling worker-service
     * @param bound       for the events to be published, and again for worker-service to consume them
     */
    static CaseloadDelivery of(SuiteSettings suite, Caller caseAdmin, Caller workerAdmin, String workerId,
                               Duration bound) throws Exception {
        Set<String> leads = new HashSet<>(Caseload.inCaseService(caseAdmin, workerId));
        Topic cases = new Topic(suite, "cases.v1");
        Map<String, Set<String>> eventIds = Polling.until(bound, () -> assignedEventIds(cases, leads),
                ids -> ids.keySet().containsAll(leads));
        Map<TopicPartition, Long> published = cases.endOffsets();
        Polling.until(bound, () -> cases.consumedBy("worker-service", published), consumed -> consumed);
        List<String> caseload = Polling.until(bound, () -> Caseload.inWorkerService(workerAdmin, workerId),
                read -> true);
        return new CaseloadDelivery(leads, caseload, eventIds);
    }

    private static Map<String, Set<String>> assignedEventIds(Topic cases, Set<String> references) {
        return cases.events().stream()
                .filter(event -> "case.assigned".equals(event.type()) && references.contains(event.key()))
                .collect(Collectors.groupingBy(Topic.Event::key,
                        Collectors.mapping(Topic.Event::id, Collectors.toSet())));
    }

    /** Cases the worker leads that are missing from the caseload. */
    long missing() {
        return leads.stream().filter(reference -> !caseload.contains(reference)).count();
    }

    /** Cases in the caseload that the worker does not lead. */
    long extra() {
        return new HashSet<>(caseload).stream().filter(reference -> !leads.contains(reference)).count();
    }

    /** Entries of the caseload beyond the first for their case. */
    int duplicated() {
        return caseload.size() - new HashSet<>(caseload).size();
    }

    /** Cases with more than one {@code case.assigned} event: an assignment carried out twice. */
    long assignedTwice() {
        return assignedEventIds.values().stream().filter(ids -> ids.size() > 1).count();
    }

    FaultReport addTo(FaultReport report) {
        return report.with("led in case-service", leads.size())
                .with("in worker-service's caseload", new HashSet<>(caseload).size())
                .with("missing", missing())
                .with("extra", extra())
                .with("duplicated", duplicated())
                .with("assigned twice", assignedTwice());
    }
}
