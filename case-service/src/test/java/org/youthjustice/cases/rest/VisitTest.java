package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.cases.LedCases.assign;
import static org.youthjustice.cases.LedCases.move;
import static org.youthjustice.cases.LedCases.otherWorker;
import static org.youthjustice.platform.testing.SqlRows.text;
import static org.youthjustice.cases.rest.RiskAssessmentTest.assessment;
import static org.youthjustice.cases.rest.RiskAssessmentTest.read;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;

@QuarkusTest
class VisitTest {

    private static final String PLACE = "广州市越秀区北京路100号";
    private static final String NOTE = "Met the mother, 张大华; back at school";

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> visit(Instant at, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("at", at.toString());
        body.put("placeKind", kind);
        body.put("place", PLACE);
        body.put("note", NOTE);
        return body;
    }

    /** An ACTIVE case of a fresh office led by W0001, assessed HIGH (so a visit is scheduled a week on). */
    private String assessedCase(String office) {
        String reference = activeCaseLedByLead(dataSource, office);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(assessment("HIGH"))
                .when().post("/cases/" + reference + "/risk-assessments").then().statusCode(201);
        return reference;
    }

    private static int scheduledVisitId(String reference) {
        return given().auth().oauth2(socialWorker()).when().get("/cases/" + reference + "/visits?status=SCHEDULED")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
    }

    @Test
    void theLeadWorkerRecordsTheScheduledVisitAndTheNextOneIsDueAWeekLater() throws Exception {
        String office = freshOffice();
        String reference = assessedCase(office);
        int visitId = scheduledVisitId(reference);
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        given().auth().oauth2(socialWorker()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(visit(at, "HOME")).when().put("/cases/" + reference + "/visits/" + visitId)
                .then().statusCode(412);
        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(visit(at, "HOME")).when().put("/cases/" + reference + "/visits/" + visitId)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("COMPLETED"))
                .body("placeKind", equalTo("HOME")).body("place", equalTo(PLACE)).body("note", equalTo(NOTE))
                .body("workerId", equalTo("W0001"));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(visit(at, "HOME"))
                .when().put("/cases/" + reference + "/visits/" + visitId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("visitStatus", equalTo("COMPLETED"));

        LocalDate visitDay = ServiceZone.dayOf(at);
        given().auth().oauth2(supervisor()).when().get("/cases/" + reference + "/visits")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.status", contains("SCHEDULED", "COMPLETED"))
                .body("items[0].dueOn", equalTo(visitDay.plusDays(7).toString()));

        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> completed = records.await(r -> reference.equals(r.key())
                    && "visit.completed".equals(read(r).path("type").asText()));
            JsonNode data = read(completed).get("data");
            assertThat(data.toString(),
                    matchesJsonSchemaInClasspath("events/case-service/visit.completed.v1.schema.json"));
            assertEquals(visitId, data.get("visitId").asInt());
            assertEquals("HOME", data.get("kind").asText());
            assertFalse(completed.value().contains("张大华") || completed.value().contains("北京路"),
                    "place and note stay in the service");
        }
        String stored = text(dataSource, "select place_cipher || note_cipher from case_visit where id = ?",
                (long) visitId);
        assertFalse(stored.contains("北京路") || stored.contains("张大华"), "place and note are encrypted at rest");
    }

    @Test
    void aVisitFromTheFieldReplacesTheOpenSchedule() {
        String office = freshOffice();
        String reference = assessedCase(office);
        int scheduled = scheduledVisitId(reference);

        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(visit(Instant.now().minus(10, ChronoUnit.MINUTES), "PHONE"))
                .when().post("/cases/" + reference + "/visits")
                .then().statusCode(201).body("status", equalTo("COMPLETED")).body("placeKind", equalTo("PHONE"));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/visits")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.status", contains("SCHEDULED", "COMPLETED", "CANCELLED"))
                .body("items[2].id", equalTo(scheduled));
    }

    @Test
    void aCaseAssessedAtIntakeIsScheduledWhenItBecomesActiveAndNoLongerOnceClosed() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        move(office, reference, "INTAKE");
        assign(dataSource, office, reference, "W0001");
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(assessment("MEDIUM"))
                .when().post("/cases/" + reference + "/risk-assessments").then().statusCode(201);
        given().auth().oauth2(socialWorker()).when().get("/cases/" + reference + "/visits")
                .then().statusCode(200).body("total", equalTo(0));

        move(office, reference, "ACTIVE");
        given().auth().oauth2(socialWorker()).when().get("/cases/" + reference + "/visits")
                .then().body("items.status", contains("SCHEDULED"))
                .body("items[0].dueOn", equalTo(today().plusDays(14).toString()));

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "CLOSED", "reason", "Step of the test", "closureReason", "COMPLETED"))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/visits")
                .then().body("items.status", contains("CANCELLED"));
    }

    @Test
    void anInvalidVisitNamesTheFieldAndChangesNothing() {
        String office = freshOffice();
        String reference = assessedCase(office);
        int visitId = scheduledVisitId(reference);

        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(visit(Instant.now().plus(1, ChronoUnit.DAYS), "HOME"))
                .when().post("/cases/" + reference + "/visits")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("at"));
        Map<String, Object> noKind = visit(Instant.now(), "HOME");
        noKind.remove("placeKind");
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(noKind)
                .when().put("/cases/" + reference + "/visits/" + visitId)
                .then().statusCode(400).body("errors.field", hasItem("placeKind"));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(visit(Instant.now(), "GARDEN"))
                .when().post("/cases/" + reference + "/visits")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(socialWorker()).when().get("/cases/" + reference + "/visits?status=LATE")
                .then().statusCode(400);

        given().auth().oauth2(admin()).when().get("/cases/" + reference + "/visits")
                .then().body("total", equalTo(1)).body("items[0].status", equalTo("SCHEDULED"));
    }

    @Test
    void onlyTheLeadWorkerRecordsVisitsAndCourtOfficersAndAuditorsSeeNone() {
        String office = freshOffice();
        String reference = assessedCase(office);
        int visitId = scheduledVisitId(reference);
        String path = "/cases/" + reference + "/visits";
        Map<String, Object> body = visit(Instant.now(), "OFFICE");

        given().auth().oauth2(otherWorker()).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(404);
        given().auth().oauth2(otherWorker()).contentType(ContentType.JSON).body(body)
                .when().put(path + "/" + visitId).then().statusCode(404);
        given().auth().oauth2(otherWorker()).when().get(path).then().statusCode(404);
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get(path).then().statusCode(404);
        for (String token : new String[] {supervisor(), judicialOfficer(office), admin(), courtOfficer(freshCourt()),
                auditor()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                    .then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(path + "/" + visitId)
                    .then().statusCode(403);
        }
        for (String token : new String[] {courtOfficer(freshCourt()), auditor()}) {
            given().auth().oauth2(token).when().get(path).then().statusCode(403);
        }
        given().when().get(path).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(401);
        given().auth().oauth2(socialWorker()).when().get(path + "?status=SCHEDULED")
                .then().body("total", equalTo(1)).body("items[0].dueOn", equalTo(today().plusDays(7).toString()));
    }
}
