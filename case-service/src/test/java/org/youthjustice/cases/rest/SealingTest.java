package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.cases.CaseSteps.close;
import static org.youthjustice.cases.CaseSteps.move;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;

@QuarkusTest
class SealingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "Sentence served, record sealed under CPL art. 286";

    private static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse seal(String token, String reference) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .when().post("/cases/" + reference + "/seal").then();
    }

    @Test
    void anOfficerSealsAClosedCaseWhichIsPublishedAndAudited() throws Exception {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        close(office, reference);

        seal(judicialOfficer(office), reference).statusCode(200)
                .body("reference", equalTo(reference)).body("sealedAt", notNullValue());

        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> sealed = records.await(r -> reference.equals(r.key())
                    && "case.sealed".equals(read(r).path("type").asText()));
            JsonNode event = read(sealed);
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/case-service/case.sealed.v1.schema.json"));
            assertEquals(office, event.get("data").get("officeCode").asText());
            assertFalse(sealed.value().contains(REASON), "the reason stays in the service");
        }
        given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("action", "CASE_SEALED")
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].actorUsername", equalTo("jo.zhao"));
    }

    @Test
    void onlyAClosedCaseIsSealedAndOnlyOnce() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        move(office, reference, "INTAKE", null);
        seal(judicialOfficer(office), reference).statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("caseStatus", equalTo("INTAKE"));
        given().auth().oauth2(admin()).when().get("/cases/" + reference).then().statusCode(200)
                .body("sealedAt", nullValue());

        move(office, reference, "ACTIVE", null);
        move(office, reference, "CLOSED", "COMPLETED");
        seal(admin(), reference).statusCode(200);
        seal(judicialOfficer(office), reference).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void sealingIsForTheOfficeAndAdminsAndNeedsAReason() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = referred(court, correction(office));
        close(office, reference);

        for (String token : new String[] {courtOfficer(court), socialWorker(), supervisor(), auditor()}) {
            seal(token, reference).statusCode(403);
        }
        seal(judicialOfficer(freshOffice()), reference).statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .when().post("/cases/" + reference + "/seal").then().statusCode(401);
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/cases/" + reference + "/seal")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference)
                .then().statusCode(200).body("sealedAt", nullValue());
    }

    @Test
    void aSealedCaseDisappearsForEveryoneWithoutAPurpose() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = referred(court, correction(office));
        close(office, reference);
        seal(judicialOfficer(office), reference).statusCode(200);

        for (String token : new String[] {admin(), judicialOfficer(office), courtOfficer(court)}) {
            given().auth().oauth2(token).when().get("/cases/" + reference).then().statusCode(404);
            given().auth().oauth2(token).queryParam("office", office).when().get("/cases")
                    .then().statusCode(200).body("total", equalTo(0));
        }
        given().auth().oauth2(courtOfficer(court)).when().get("/cases").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(admin()).when().get("/cases/" + reference + "/transitions").then().statusCode(404);
        given().auth().oauth2(admin()).when().get("/cases/" + reference + "/assignments").then().statusCode(404);
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON)
                .body(Map.of("purpose", "COURT_PROCEEDINGS"))
                .when().post("/cases/" + reference + "/identity-reveals").then().statusCode(404);
    }

    @Test
    void theOfficeAndAdminsReadASealedCaseWithAPurposeAndEachReadIsAudited() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = referred(court, correction(office));
        close(office, reference);
        seal(judicialOfficer(office), reference).statusCode(200);

        given().auth().oauth2(judicialOfficer(office)).queryParam("purpose", "CASE_HANDLING")
                .when().get("/cases/" + reference)
                .then().statusCode(200).body("reference", equalTo(reference)).body("sealedAt", notNullValue())
                .body("juvenile.identityNumber", containsString("*"));
        given().auth().oauth2(admin()).queryParam("purpose", "LEGAL_OBLIGATION").when().get("/cases/" + reference)
                .then().statusCode(200);
        given().auth().oauth2(judicialOfficer(freshOffice())).queryParam("purpose", "CASE_HANDLING")
                .when().get("/cases/" + reference).then().statusCode(404);
        given().auth().oauth2(courtOfficer(court)).queryParam("purpose", "COURT_PROCEEDINGS")
                .when().get("/cases/" + reference).then().statusCode(404);
        given().auth().oauth2(admin()).queryParam("purpose", "CURIOSITY").when().get("/cases/" + reference)
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("action", "SEALED_CASE_READ")
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(2))
                .body("items.purpose", contains("LEGAL_OBLIGATION", "CASE_HANDLING"))
                .body("items.actorUsername", contains("admin.ops", "jo.zhao"));
    }

    @Test
    void aPurposeOnAnUnsealedCaseIsAnOrdinaryReadAndNotAudited() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        given().auth().oauth2(judicialOfficer(office)).queryParam("purpose", "CASE_HANDLING")
                .when().get("/cases/" + reference).then().statusCode(200);
        given().auth().oauth2(auditor()).queryParam("case", reference).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNewReferralOfTheSameJuvenileNeitherMeetsNorNamesTheSealedCase() {
        String court = freshCourt();
        String office = freshOffice();
        Map<String, Object> body = correction(office);
        String sealed = referred(court, body);
        close(office, sealed);
        seal(judicialOfficer(office), sealed).statusCode(200);

        String again = given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(201)
                .body(not(containsString(sealed))).extract().jsonPath().getString("reference");
        // and a third referral conflicts with the new open case only, never naming the sealed one
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(409)
                .body("existingReference", equalTo(again)).body(not(containsString(sealed)));
    }
}
