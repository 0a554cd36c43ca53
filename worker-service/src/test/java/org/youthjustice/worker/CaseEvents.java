package org.youthjustice.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.youthjustice.platform.messaging.EventHeaders;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.worker.consumer.CaseEventsConsumer;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * case-service's events on {@code cases.v1} as the contract of the caseload describes them, sent to the test
 * broker with the headers the outbox relay sets.
 */
public final class CaseEvents implements AutoCloseable {

    public static final String TOPIC = "cases.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    /** A case reference that no other test uses. */
    public static String freshReference() {
        return "GZ-2026-" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
    }

    /** One event: its id (for {@link #processed}) and its JSON, to send once or several times. */
    public record Event(UUID id, String reference, String json) {
    }

    public static Event assigned(String reference, String office, String caseType, String workerId, String agency,
                                 String previousWorkerId, String riskLevel) {
        ObjectNode data = JSON.createObjectNode().put("reference", reference).put("officeCode", office)
                .put("caseType", caseType).put("workerId", workerId).put("agencyId", agency)
                .put("previousWorkerId", previousWorkerId).put("riskLevel", riskLevel)
                .put("assignedAt", Instant.now().toString());
        return event("case.assigned", reference, data);
    }

    public static Event unassigned(String reference, String office, String workerId, String agency) {
        ObjectNode data = JSON.createObjectNode().put("reference", reference).put("officeCode", office)
                .put("workerId", workerId).put("agencyId", agency).put("reason", "REMOVED")
                .put("unassignedAt", Instant.now().toString());
        return event("case.unassigned", reference, data);
    }

    public static Event riskChanged(String reference, String office, String level, String previous, String workerId) {
        ObjectNode data = JSON.createObjectNode().put("reference", reference).put("officeCode", office)
                .put("level", level).put("previousLevel", previous).put("workerId", workerId)
                .put("assessedAt", Instant.now().toString());
        return event("risk.changed", reference, data);
    }

    public static Event closed(String reference, String office) {
        ObjectNode data = JSON.createObjectNode().put("reference", reference).put("officeCode", office)
                .put("fromStatus", "ACTIVE").put("closureReason", "COMPLETED").put("closedAt", Instant.now().toString());
        return event("case.closed", reference, data);
    }

    /** An event of a type the caseload ignores, e.g. {@code visit.scheduled}. */
    public static Event other(String type, String reference, String office) {
        return event(type, reference, JSON.createObjectNode().put("reference", reference).put("officeCode", office));
    }

    public static Event event(String type, String reference, ObjectNode data) {
        UUID id = UUID.randomUUID();
        ObjectNode envelope = JSON.createObjectNode().put("specversion", "1.0").put("id", id.toString())
                .put("source", "/case-service").put("type", type).put("subject", reference)
                .put("time", Instant.now().toString()).put("datacontenttype", "application/json")
                .put("dataschema", "https://youthjustice.org/events/case-service/" + type + ".v1.schema.json")
                .put("version", 1).put("correlationid", UUID.randomUUID().toString());
        envelope.set("data", data);
        try {
            return new Event(id, reference, JSON.writeValueAsString(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * case-service's own example of {@code type} ({@code ../case-service/src/main/resources/events/}), with a fresh
     * id, for {@code reference}, and the data fields given replaced: the consumer is tested against what the
     * producer says it sends.
     */
    public static Event producerExample(String type, String reference, Map<String, String> data) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(Files.readString(
                    Path.of("../case-service/src/main/resources/events/" + type + ".v1.example.json"),
                    StandardCharsets.UTF_8));
            UUID id = UUID.randomUUID();
            envelope.put("id", id.toString()).put("subject", reference);
            ObjectNode fields = (ObjectNode) envelope.get("data");
            fields.put("reference", reference);
            data.forEach(fields::put);
            return new Event(id, reference, JSON.writeValueAsString(envelope));
        } catch (Exception e) {
            throw new IllegalStateException("case-service's example of " + type + " cannot be read", e);
        }
    }

    /** Sends each event, keyed by its case reference as case-service does, and waits for the broker's ack. */
    public void send(Event... events) {
        for (Event event : events) {
            send(event.reference(), event.json());
        }
    }

    public void send(String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, value);
        record.headers().add(EventHeaders.CONTENT_TYPE, EventHeaders.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.CORRELATION_ID, "caseload-test".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the test broker did not take the record", e);
        }
    }

    /** Whether the caseload consumer has processed the event. */
    public static boolean processed(DataSource dataSource, UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            statement.setString(1, CaseEventsConsumer.CONSUMER);
            statement.setObject(2, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
