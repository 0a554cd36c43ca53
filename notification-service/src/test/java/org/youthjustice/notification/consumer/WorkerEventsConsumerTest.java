package org.youthjustice.notification.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.messaging.EventHeaders;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.testing.TopicRecords;

import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Against the real broker: worker-service's published example, delivered once and again. */
@QuarkusTest
class WorkerEventsConsumerTest {

    /** The producer's own example: this consumer is tested against what worker-service says it sends. */
    private static final Path PRODUCER_EXAMPLE =
            Path.of("../worker-service/src/main/resources/events/agency.registered.v1.example.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void aRedeliveredRegistrationRaisesOneAlert() throws Exception {
        String code = "52440100TST" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        String event = agencyRegistered(code);

        send(code, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsAbout(code) == 1);
        send(code, event);
        // an event no rule acts on, after the redelivery on the same key and so the same partition:
        // once it is processed, the redelivery has been handled too
        UUID marker = UUID.randomUUID();
        send(code, withType(withId(event, marker), "agency.contact-changed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(marker));

        assertEquals(1, alertsAbout(code), "the redelivered event changed nothing");
    }

    @Test
    void aRecordThatIsNoEventGoesToTheDeadLetterTopicWithTheReason() throws Exception {
        String key = "broken-" + UUID.randomUUID();
        send(key, "{\"this is\": \"not a cloud event\"}");

        try (TopicRecords dlq = TopicRecords.of("workers.v1.dlq")) {
            ConsumerRecord<String, String> dead = dlq.await(r -> key.equals(r.key()));
            assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "the reason travels with the record");
        }
    }

    private long alertsAbout(String code) {
        List<String> refs = given().auth().oauth2(TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).token())
                .queryParam("size", 100)
                .when().get("/notifications")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.subjectRef", String.class);
        return refs.stream().filter(code::equals).count();
    }

    private boolean processed(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            statement.setString(1, WorkerEventsConsumer.CONSUMER);
            statement.setObject(2, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static String withId(String event, UUID id) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(event);
        node.put("id", id.toString());
        return JSON.writeValueAsString(node);
    }

    private static String withType(String event, String type) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(event);
        node.put("type", type);
        return JSON.writeValueAsString(node);
    }

    private static String agencyRegistered(String code) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(PRODUCER_EXAMPLE, StandardCharsets.UTF_8));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", code);
        ((ObjectNode) event.get("data")).put("creditCode", code);
        return JSON.writeValueAsString(event);
    }

    /** Sent with the headers the outbox relay sets, as worker-service sends it. */
    private void send(String key, String value) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>("workers.v1", key, value);
        record.headers().add(EventHeaders.CONTENT_TYPE, EventHeaders.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.CORRELATION_ID, "consumer-test".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }
}
