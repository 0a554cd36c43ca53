package org.youthjustice.cases.consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.testing.TopicRecords;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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

    private static final EventExamples WORKER_SERVICE = EventExamples.of("worker-service");

    @Inject
    DataSource dataSource;

    private final EventPublisher workers = EventPublisher.to("workers.v1");

    @AfterEach
    void closePublisher() {
        workers.close();
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
        workers.publish(worker, posted);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(judicialOfficer(office))
                .header("If-Match", etagOf(reference)).contentType(ContentType.JSON)
                .body(Map.of("workerId", worker, "reason", "Posted here"))
                .when().put("/cases/" + reference + "/assignment").statusCode() == 200);

        ObjectNode left = example("worker.status-changed", worker, agency);
        ((ObjectNode) left.get("data")).put("fromStatus", "ACTIVE").put("toStatus", "LEFT");
        try (TopicRecords topic = TopicRecords.of("cases.v1")) {
            workers.publish(worker, left);
            topic.await(r -> reference.equals(r.key()) && r.value().contains("\"case.reassignment-needed\""));
        }
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference)
                .then().statusCode(200).body("reassignmentNeeded", equalTo(true));

        workers.publish(worker, left);
        // an event no rule acts on, after the redelivery on the same key: once it is processed, so is the redelivery
        workers.publishAndAwait(worker, marker(worker, agency), inbox());
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
        workers.publish(assessor, there);
        workers.publishTwice(assessor, here);
        workers.publish(assessor, there);
        workers.publishAndAwait(assessor, marker(assessor, agency), inbox());

        assertEquals(2, appointments(assessor), "one row per appointment, whatever the redeliveries");
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(hearing)
                .when().post(hearings).then().statusCode(201).body("assessorWorkerIds", contains(assessor));
    }

    /** worker-service's example of assessor.appointed for {@code workerId}, a term from a year ago to five on. */
    private static ObjectNode appointment(String workerId, String agency, long appointmentId, String court) {
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

    /** worker-service's example of {@code type} v1 (a fresh event) about {@code worker} of {@code agency}. */
    private static ObjectNode example(String type, String worker, String agency) {
        ObjectNode event = WORKER_SERVICE.load(type, 1);
        event.put("subject", worker);
        ((ObjectNode) event.get("data")).put("workerId", worker).put("agencyCode", agency);
        return event;
    }

    /** An event of a type no rule acts on, which the inbox records all the same. */
    private static ObjectNode marker(String worker, String agency) {
        return example("worker.status-changed", worker, agency).put("type", "worker.profile-viewed");
    }

    private ProcessedEvents inbox() {
        return ProcessedEvents.of(dataSource, WorkerEventsConsumer.CONSUMER);
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
}
