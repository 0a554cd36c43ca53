package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.socialWorker;

@QuarkusTest
class CaseTransitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> to(String status, String closureReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", status);
        body.put("reason", "Step of the test");
        if (closureReason != null) {
            body.put("closureReason", closureReason);
        }
        return body;
    }

    /** Moves the case as an officer of {@code office}, with the current ETag. */
    private static void move(String office, String reference, String status, String closureReason) {
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(to(status, closureReason))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(200).body("status", equalTo(status));
    }

    @Test
    void anOfficerTakesACaseThroughItsLifeAndEachStepIsRecordedAndPublished() throws Exception {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));

        move(office, reference, "INTAKE", null);
        move(office, reference, "ACTIVE", null);
        move(office, reference, "SUSPENDED", null);
        move(office, reference, "ACTIVE", null);
        move(office, reference, "CLOSED", "COMPLETED");

        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closureReason", equalTo("COMPLETED"));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/transitions")
                .then().statusCode(200)
                .body("to", contains("INTAKE", "ACTIVE", "SUSPENDED", "ACTIVE", "CLOSED"))
                .body("from", contains("REFERRED", "INTAKE", "ACTIVE", "SUSPENDED", "ACTIVE"))
                .body("changedBy", everyItem(not(emptyOrNullString())))
                .body("reason", hasItem("Step of the test"));

        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> changed = records.await(r -> reference.equals(r.key())
                    && "case.status-changed".equals(read(r).path("type").asText())
                    && "CLOSED".equals(read(r).path("data").path("toStatus").asText()));
            JsonNode event = JSON.readTree(changed.value());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/case-service/case.status-changed.v1.schema.json"));
            assertEquals("ACTIVE", event.get("data").get("fromStatus").asText());
            assertFalse(changed.value().contains("Step of the test"), "the reason stays in the service");

            ConsumerRecord<String, String> closed = records.await(r -> reference.equals(r.key())
                    && "case.closed".equals(read(r).path("type").asText()));
            JsonNode closure = JSON.readTree(closed.value());
            assertThat(closure.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/case-service/case.closed.v1.schema.json"));
            assertEquals("COMPLETED", closure.get("data").get("closureReason").asText());
            assertEquals(office, closure.get("data").get("officeCode").asText());
        }
    }

    @Test
    void anIllegalTransitionConflictsAndListsTheAllowedTargets() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        String etag = etagOf(reference);

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etag)
                .contentType(ContentType.JSON).body(to("ACTIVE", null))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("allowed", contains("INTAKE"));

        move(office, reference, "INTAKE", null);
        move(office, reference, "ACTIVE", null);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(to("INTAKE", null))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(409).body("allowed", containsInAnyOrder("SUSPENDED", "CLOSED"));
        given().auth().oauth2(admin()).when().get("/cases/" + reference).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void closingNeedsAClosureReasonAndOnlyClosingTakesOne() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        move(office, reference, "INTAKE", null);
        move(office, reference, "ACTIVE", null);

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(to("CLOSED", null))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("closureReason"));
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(to("SUSPENDED", "OTHER"))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("closureReason"));
        Map<String, Object> noReason = to("SUSPENDED", null);
        noReason.remove("reason");
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(noReason)
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("reason"));

        given().auth().oauth2(admin()).when().get("/cases/" + reference).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void aTransitionNeedsTheCurrentETag() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        String stale = etagOf(reference);
        move(office, reference, "INTAKE", null);

        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON).body(to("ACTIVE", null))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", stale)
                .contentType(ContentType.JSON).body(to("ACTIVE", null))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(admin()).when().get("/cases/" + reference).then().body("status", equalTo("INTAKE"));
    }

    @Test
    void onlyTheOfficeAndAdminsMoveACase() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = referred(court, correction(office));
        String etag = etagOf(reference);

        given().auth().oauth2(judicialOfficer(freshOffice())).header("If-Match", etag)
                .contentType(ContentType.JSON).body(to("INTAKE", null))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(404);
        for (String token : new String[] {courtOfficer(court), socialWorker(), auditor()}) {
            given().auth().oauth2(token).header("If-Match", etag)
                    .contentType(ContentType.JSON).body(to("INTAKE", null))
                    .when().post("/cases/" + reference + "/transitions").then().statusCode(403);
        }
        given().header("If-Match", etag).contentType(ContentType.JSON).body(to("INTAKE", null))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(401);
        given().auth().oauth2(courtOfficer(court)).when().get("/cases/" + reference + "/transitions")
                .then().statusCode(403);
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get("/cases/" + reference + "/transitions")
                .then().statusCode(404);
        given().auth().oauth2(admin()).when().get("/cases/" + reference)
                .then().body("status", equalTo("REFERRED")).body("status", not(equalTo("INTAKE")));

        given().auth().oauth2(admin()).header("If-Match", etag).contentType(ContentType.JSON).body(to("INTAKE", null))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
    }
}
