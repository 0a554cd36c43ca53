package org.youthjustice.worker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.worker.consumer.CaseEventsConsumer;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * case-service's events on {@code cases.v1}, made from case-service's own examples (its contracts artifact,
 * {@code case-service-events}) with the fields a test sets, and published to the test broker as case-service's
 * outbox relay does.
 */
public final class CaseEvents implements AutoCloseable {

    public static final String TOPIC = "cases.v1";
    private static final EventExamples CASE_SERVICE = EventExamples.of("case-service");

    private final EventPublisher publisher = EventPublisher.to(TOPIC);

    /** A case reference that no other test uses. */
    public static String freshReference() {
        return "GZ-2026-" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
    }

    /** One event: its id (for {@link #processed}) and its JSON, to send once or several times. */
    public record Event(UUID id, String reference, ObjectNode json) {
    }

    public static Event assigned(String reference, String office, String caseType, String workerId, String agency,
                                 String previousWorkerId, String riskLevel) {
        return producerExample("case.assigned", reference, data("officeCode", office, "caseType", caseType,
                "workerId", workerId, "agencyId", agency, "previousWorkerId", previousWorkerId,
                "riskLevel", riskLevel, "assignedAt", Instant.now().toString()));
    }

    public static Event unassigned(String reference, String office, String workerId, String agency) {
        return producerExample("case.unassigned", reference, data("officeCode", office, "workerId", workerId,
                "agencyId", agency, "reason", "REMOVED", "unassignedAt", Instant.now().toString()));
    }

    public static Event riskChanged(String reference, String office, String level, String previous, String workerId) {
        return producerExample("risk.changed", reference, data("officeCode", office, "level", level,
                "previousLevel", previous, "workerId", workerId, "assessedAt", Instant.now().toString()));
    }

    public static Event closed(String reference, String office) {
        return producerExample("case.closed", reference, data("officeCode", office, "fromStatus", "ACTIVE",
                "closureReason", "COMPLETED", "closedAt", Instant.now().toString()));
    }

    /** An event of a type the caseload ignores, e.g. {@code visit.scheduled}. */
    public static Event other(String type, String reference, String office) {
        return producerExample(type, reference, data("officeCode", office));
    }

    /** case-service's example of {@code type} for {@code reference}, with {@code data} instead of the example's. */
    public static Event event(String type, String reference, ObjectNode data) {
        ObjectNode envelope = CASE_SERVICE.load(type, 1).put("subject", reference);
        envelope.set("data", data);
        return new Event(UUID.fromString(envelope.get("id").asText()), reference, envelope);
    }

    /**
     * case-service's own example of {@code type}, a fresh event for {@code reference}, with the data fields given
     * replaced (a null value too): the consumer is tested against what the producer says it sends.
     */
    public static Event producerExample(String type, String reference, Map<String, String> data) {
        ObjectNode envelope = CASE_SERVICE.load(type, 1).put("subject", reference);
        ObjectNode fields = ((ObjectNode) envelope.get("data")).put("reference", reference);
        data.forEach(fields::put);
        return new Event(UUID.fromString(envelope.get("id").asText()), reference, envelope);
    }

    /** Sends each event once, keyed by its case reference as case-service does, and waits for the broker's ack. */
    public void send(Event... events) {
        for (Event event : events) {
            publisher.publish(event.reference(), event.json());
        }
    }

    /** Sends the event, then the same record again: a redelivery. */
    public void sendTwice(Event event) {
        publisher.publishTwice(event.reference(), event.json());
    }

    /** Whether the caseload consumer has processed the event. */
    public static boolean processed(DataSource dataSource, UUID eventId) {
        return ProcessedEvents.of(dataSource, CaseEventsConsumer.CONSUMER).contains(eventId);
    }

    /** Alternating field names and values, nulls allowed. */
    private static Map<String, String> data(String... namesAndValues) {
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return data;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
