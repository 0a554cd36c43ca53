package org.youthjustice.cases.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.messaging.EventHeaders;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.TopicRecords;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshAgency;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.socialWorker;

/** Against the real broker, with worker-service's own examples: postings and departures of workers. */
@QuarkusTest
class WorkerEventsConsumerTest {

    private static final Path EXAMPLES = Path.of("../worker-service/src/main/resources/events");
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
    void aPostedWorkerCanLeadACaseAndTheirDepartureFlagsItOnceWhateverTheRedeliveries() throws Exception {
        String office = freshOffice();
        String agency = freshAgency();
        String worker = freshWorker();
        String reference = referred(freshCourt(), correction(office));
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("to", "INTAKE", "reason", "Accepted"))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);

        ObjectNode posted = example("worker.posted", worker, agency);
        ObjectNode data = (ObjectNode) posted.get("data");
        data.put("postingId", ThreadLocalRandom.current().nextLong(1L << 40));
        data.put("siteCode", office);
        data.put("from", LocalDate.now().minusDays(1).toString());
        send(worker, posted);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(judicialOfficer(office))
                .header("If-Match", etagOf(reference)).contentType(ContentType.JSON)
                .body(Map.of("workerId", worker, "reason", "Posted here"))
                .when().put("/cases/" + reference + "/assignment").statusCode() == 200);

        ObjectNode left = example("worker.status-changed", worker, agency);
        ((ObjectNode) left.get("data")).put("fromStatus", "ACTIVE").put("toStatus", "LEFT");
        try (TopicRecords topic = TopicRecords.of("cases.v1")) {
            send(worker, left);
            topic.await(r -> reference.equals(r.key()) && r.value().contains("\"case.reassignment-needed\""));
        }
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference)
                .then().statusCode(200).body("reassignmentNeeded", equalTo(true));

        send(worker, left);
        // an event no rule acts on, after the redelivery on the same key: once it is processed, so is the redelivery
        ObjectNode marker = example("worker.status-changed", worker, agency);
        marker.put("type", "worker.profile-viewed");
        send(worker, marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(UUID.fromString(marker.get("id").asText())));
        assertEquals(1, published(reference, "case.reassignment-needed"), "the redelivery raised nothing more");
        given().auth().oauth2(socialWorker(worker, agency)).when().get("/cases/" + reference)
                .then().statusCode(200).body("reassignmentNeeded", equalTo(true));
    }

    @Test
    void appointmentsFromWorkerServiceSeatAssessorsWhateverTheRedeliveriesAndTheirOrder() throws Exception {
        String office = freshOffice();
        String agency = freshAgency();
        String court = freshCourt();
        String otherCourt = freshCourt();
        String assessor = freshWorker();
        String reference = referred(court, correction(office));
        String hearings = "/cases/" + reference + "/hearings";
        Map<String, Object> hearing = Map.of("courtCode", court, "scheduledAt",
                Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "assessorWorkerIds", List.of(assessor));
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(hearing)
                .when().post(hearings).then().statusCode(422).body("unappointedWorkerIds", contains(assessor));

        long appointmentId = ThreadLocalRandom.current().nextLong(1L << 40);
        ObjectNode here = appointment(assessor, agency, appointmentId, court);
        ObjectNode there = appointment(assessor, agency, appointmentId + 1, otherCourt);
        // the later appointment first, then the earlier one twice, then the later one again
        send(assessor, there);
        send(assessor, here);
        send(assessor, here);
        send(assessor, there);
        ObjectNode marker = example("worker.status-changed", assessor, agency);
        marker.put("type", "worker.profile-viewed");
        send(assessor, marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(UUID.fromString(marker.get("id").asText())));

        assertEquals(2, appointments(assessor), "one row per appointment, whatever the redeliveries");
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(hearing)
                .when().post(hearings).then().statusCode(201).body("assessorWorkerIds", contains(assessor));
    }

    /** worker-service's example of assessor.appointed for {@code workerId}, a term from a year ago to five on. */
    private static ObjectNode appointment(String workerId, String agency, long appointmentId, String court)
            throws Exception {
        ObjectNode event = example("assessor.appointed", workerId, agency);
        ((ObjectNode) event.get("data")).put("appointmentId", appointmentId).put("courtCode", court)
                .put("appointedOn", LocalDate.now().minusYears(1).toString())
                .put("termEndsOn", LocalDate.now().plusYears(4).toString());
        return event;
    }

    private int appointments(String workerId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from assessor_appointment where worker_id = ?")) {
            statement.setString(1, workerId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static ObjectNode example(String type, String worker, String agency) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(type + ".v1.example.json"),
                StandardCharsets.UTF_8));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", worker);
        ((ObjectNode) event.get("data")).put("workerId", worker).put("agencyCode", agency);
        return event;
    }

    private boolean processed(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            statement.setString(1, WorkerEventsConsumer.CONSUMER);
            statement.setObject(2, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private int published(String reference, String type) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from outbox_event where message_key = ? and type = ?")) {
            statement.setString(1, reference);
            statement.setString(2, type);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Sent with the headers the outbox relay sets, as worker-service sends it. */
    private void send(String key, ObjectNode event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>("workers.v1", key, JSON.writeValueAsString(event));
        record.headers().add(EventHeaders.CONTENT_TYPE, EventHeaders.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.CORRELATION_ID, "consumer-test".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }
}
