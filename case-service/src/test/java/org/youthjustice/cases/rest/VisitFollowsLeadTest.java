package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.service.MissedVisitDetector;
import org.youthjustice.platform.testing.TopicRecords;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.LedCases.activeCaseLedBy;
import static org.youthjustice.cases.LedCases.assign;
import static org.youthjustice.platform.testing.SqlRows.count;
import static org.youthjustice.cases.LedCases.execute;
import static org.youthjustice.cases.rest.RiskAssessmentTest.assessment;
import static org.youthjustice.cases.rest.RiskAssessmentTest.read;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;

/** The open scheduled visit of a case is the lead worker's: it follows a reassignment and a removal of the lead. */
@QuarkusTest
class VisitFollowsLeadTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MissedVisitDetector detector;

    /** An ACTIVE case of {@code office} led by {@code lead}, assessed LOW: its visit is scheduled for the lead. */
    private String assessedCaseLedBy(String office, String lead) {
        String reference = activeCaseLedBy(dataSource, office, correction(office), lead);
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON).body(assessment("LOW"))
                .when().post("/cases/" + reference + "/risk-assessments").then().statusCode(201);
        visits(office, reference).body("items.status", contains("SCHEDULED")).body("items[0].workerId", equalTo(lead));
        return reference;
    }

    private static io.restassured.response.ValidatableResponse visits(String office, String reference) {
        return given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/visits")
                .then().statusCode(200);
    }

    private static long visitId(String office, String reference) {
        return visits(office, reference).extract().jsonPath().getLong("items[0].id");
    }

    /** The data of the latest {@code visit.scheduled} of the case on the topic naming {@code workerId}. */
    private static JsonNode scheduledFor(String reference, String workerId) throws Exception {
        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            return read(records.await(r -> reference.equals(r.key())
                    && "visit.scheduled".equals(read(r).path("type").asText())
                    && workerId.equals(read(r).path("data").path("workerId").asText(null)))).get("data");
        }
    }

    @Test
    void theOpenVisitFollowsAReassignmentAndIsMissedByTheNewLead() throws Exception {
        String office = freshOffice();
        String first = freshWorker();
        String second = freshWorker();
        String reference = assessedCaseLedBy(office, first);
        long visit = visitId(office, reference);

        assign(dataSource, office, reference, second);

        visits(office, reference).body("items.status", contains("SCHEDULED"))
                .body("items[0].id", equalTo((int) visit)).body("items[0].workerId", equalTo(second))
                .body("items[0].dueOn", equalTo(today().plusDays(30).toString()));
        JsonNode announced = scheduledFor(reference, second);
        assertThat(announced.toString(),
                matchesJsonSchemaInClasspath("events/case-service/visit.scheduled.v1.schema.json"));
        assertEquals(visit, announced.get("visitId").asLong());
        assertEquals(today().plusDays(30).toString(), announced.get("dueOn").asText());

        execute(dataSource, "update case_visit set due_on = date '" + today().minusDays(1) + "' where id = " + visit);
        detector.detect();

        visits(office, reference).body("items.status", contains("SCHEDULED", "MISSED"))
                .body("items.workerId", contains(second, second));
        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            JsonNode missed = read(records.await(r -> reference.equals(r.key())
                    && "visit.missed".equals(read(r).path("type").asText()))).get("data");
            assertEquals(visit, missed.get("visitId").asLong());
            assertEquals(second, missed.get("workerId").asText());
        }
    }

    @Test
    void removingTheLeadLeavesTheVisitScheduledForNoOneUntilTheNextLead() throws Exception {
        String office = freshOffice();
        String reference = assessedCaseLedBy(office, freshWorker());
        long visit = visitId(office, reference);

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .when().delete("/cases/" + reference + "/assignment").then().statusCode(200);

        visits(office, reference).body("items.status", contains("SCHEDULED"))
                .body("items[0].id", equalTo((int) visit)).body("items[0].workerId", nullValue());
        assertEquals(2, count(dataSource, "select count(*) from outbox_event where message_key = ? "
                + "and type = 'visit.scheduled'", reference), "the visit was announced again, for no one");

        String next = freshWorker();
        assign(dataSource, office, reference, next);

        visits(office, reference).body("items[0].id", equalTo((int) visit)).body("items[0].workerId", equalTo(next));
        assertEquals(visit, scheduledFor(reference, next).get("visitId").asLong());
    }

    @Test
    void assigningTheSameLeadAgainAnnouncesNothing() {
        String office = freshOffice();
        String lead = freshWorker();
        String reference = assessedCaseLedBy(office, lead);

        assign(dataSource, office, reference, lead);

        assertEquals(1, count(dataSource, "select count(*) from outbox_event where message_key = ? "
                + "and type = 'visit.scheduled'", reference));
    }
}
