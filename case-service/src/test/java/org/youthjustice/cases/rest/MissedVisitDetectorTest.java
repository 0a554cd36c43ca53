package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.service.MissedVisitDetector;
import org.youthjustice.platform.testing.TopicRecords;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.cases.LedCases.assign;
import static org.youthjustice.platform.testing.SqlRows.count;
import static org.youthjustice.cases.LedCases.execute;
import static org.youthjustice.cases.LedCases.move;
import static org.youthjustice.cases.rest.RiskAssessmentTest.assessment;
import static org.youthjustice.cases.rest.RiskAssessmentTest.read;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;

@QuarkusTest
class MissedVisitDetectorTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MissedVisitDetector detector;

    /** An ACTIVE case led by W0001, assessed LOW, whose scheduled visit was due two days ago. */
    private String caseWithOverdueVisit(String office) {
        String reference = activeCaseLedByLead(dataSource, office);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(assessment("LOW"))
                .when().post("/cases/" + reference + "/risk-assessments").then().statusCode(201);
        execute(dataSource, "update case_visit set due_on = date '" + today().minusDays(2) + "' where status = "
                + "'SCHEDULED' and case_id = (select id from juvenile_case where reference = '" + reference + "')");
        return reference;
    }

    private long missedEvents(String reference) {
        return count(dataSource, "select count(*) from outbox_event where message_key = ? and type = 'visit.missed'",
                reference);
    }

    @Test
    void twoReplicasDetectingAtOnceRaiseOneEventPerMissedVisit() throws Exception {
        String office = freshOffice();
        List<String> references = List.of(caseWithOverdueVisit(office), caseWithOverdueVisit(office));

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> replica = () -> {
                start.await();
                return detector.detect();
            };
            Future<Integer> first = replicas.submit(replica);
            Future<Integer> second = replicas.submit(replica);
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            replicas.shutdownNow();
        }
        detector.detect();

        for (String reference : references) {
            assertEquals(1, missedEvents(reference), "one visit.missed for " + reference);
            given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/visits")
                    .then().statusCode(200).body("items.status", contains("SCHEDULED", "MISSED"))
                    .body("items[0].dueOn", equalTo(today().plusDays(30).toString()));
        }
        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> missed = records.await(r -> references.get(0).equals(r.key())
                    && "visit.missed".equals(read(r).path("type").asText()));
            JsonNode data = read(missed).get("data");
            assertThat(data.toString(),
                    matchesJsonSchemaInClasspath("events/case-service/visit.missed.v1.schema.json"));
            assertEquals(today().minusDays(2).toString(), data.get("dueOn").asText());
            assertEquals("W0001", data.get("workerId").asText());
        }
    }

    @Test
    void aVisitIsMissedByTheWorkerWhoLeadsTheCaseWhenItFallsDue() throws Exception {
        String office = freshOffice();
        String reference = caseWithOverdueVisit(office);
        assign(dataSource, office, reference, "W0004");

        detector.detect();

        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> missed = records.await(r -> reference.equals(r.key())
                    && "visit.missed".equals(read(r).path("type").asText()));
            assertEquals("W0004", read(missed).get("data").get("workerId").asText());
        }
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/visits")
                .then().body("items.workerId", contains("W0004", "W0004"));
    }

    @Test
    void theOverdueVisitOfASuspendedCaseIsCancelledNotMissed() {
        String office = freshOffice();
        String reference = caseWithOverdueVisit(office);
        move(office, reference, "SUSPENDED");

        detector.detect();

        assertEquals(0, missedEvents(reference));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/visits")
                .then().body("items.status", contains("CANCELLED"));
    }
}
