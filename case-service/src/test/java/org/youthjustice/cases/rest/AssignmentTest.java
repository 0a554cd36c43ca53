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
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.assignedTo;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshAgency;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.posted;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;

@QuarkusTest
class AssignmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> assignment(String workerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("workerId", workerId);
        body.put("reason", "Posted at the office");
        return body;
    }

    private static void accept(String office, String reference) {
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("to", "INTAKE", "reason", "Accepted"))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse assign(String token, String reference, String workerId) {
        return given().auth().oauth2(token).header("If-Match", etagOf(reference)).contentType(ContentType.JSON)
                .body(assignment(workerId)).when().put("/cases/" + reference + "/assignment").then();
    }

    private static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOfficerAssignsAWorkerWhoThenSeesTheCaseAndAReassignmentMovesIt() {
        String office = freshOffice();
        String agency = freshAgency();
        String first = freshWorker();
        String second = freshWorker();
        String court = freshCourt();
        String reference = referred(court, correction(office));

        try (TopicRecords topic = TopicRecords.of("cases.v1")) {
            assignedTo(office, reference, first, agency);
            JsonNode assigned = read(topic.await(r -> reference.equals(r.key())
                    && r.value().contains("\"case.assigned\"")));
            assertEquals(first, assigned.at("/data/workerId").asText());
            assertEquals(agency, assigned.at("/data/agencyId").asText());
            assertTrue(assigned.at("/data/previousWorkerId").isNull(), "a first assignment has no previous worker");
            assertThat(assigned.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/case-service/case.assigned.v1.schema.json"));

            given().auth().oauth2(socialWorker(first, agency)).when().get("/cases/" + reference)
                    .then().statusCode(200).body("assignedWorkerId", equalTo(first))
                    .body("juvenile.name", not(equalTo(org.youthjustice.cases.Fixtures.NAME)));
            given().auth().oauth2(socialWorker(first, agency)).when().get("/cases")
                    .then().statusCode(200).body("items.reference", contains(reference));
            given().auth().oauth2(socialWorker(second, agency)).when().get("/cases/" + reference)
                    .then().statusCode(404);
            given().auth().oauth2(supervisor(agency)).when().get("/cases/" + reference).then().statusCode(200);
            given().auth().oauth2(supervisor(freshAgency())).when().get("/cases/" + reference).then().statusCode(404);
            // the referring court sees the referral data, not who works on the case
            given().auth().oauth2(courtOfficer(court)).when().get("/cases/" + reference)
                    .then().statusCode(200).body("status", equalTo("INTAKE"))
                    .body("assignedWorkerId", nullValue()).body("assignedAgencyId", nullValue());

            posted(second, agency, office);
            assign(judicialOfficer(office), reference, second).statusCode(200).body("assignedWorkerId", equalTo(second));
            JsonNode reassigned = read(topic.await(r -> reference.equals(r.key())
                    && r.value().contains("\"case.assigned\"") && r.value().contains("\"" + second + "\"")));
            assertEquals(first, reassigned.at("/data/previousWorkerId").asText());
        }
        given().auth().oauth2(socialWorker(first, agency)).when().get("/cases/" + reference).then().statusCode(404);
        given().auth().oauth2(socialWorker(second, agency)).when().get("/cases/" + reference).then().statusCode(200);
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/assignments")
                .then().statusCode(200)
                .body("workerId", contains(first, second))
                .body("endReason", contains("REASSIGNED", null))
                .body("[0].assignedBy", not(nullValue()));
    }

    @Test
    void aSupervisorPicksUpAnUnassignedCaseAtAnOfficeTheirAgencyServesWithTheirOwnWorkerOnly() {
        String office = freshOffice();
        String agency = freshAgency();
        String other = freshAgency();
        String ours = freshWorker();
        String theirs = freshWorker();
        String reference = referred(freshCourt(), correction(office));
        accept(office, reference);

        given().auth().oauth2(supervisor(agency)).when().get("/cases/" + reference).then().statusCode(404);
        posted(ours, agency, office);
        posted(theirs, other, office);
        given().auth().oauth2(supervisor(agency)).queryParam("assigned", "false").when().get("/cases")
                .then().statusCode(200).body("items.reference", hasItem(reference));

        assign(supervisor(agency), reference, theirs).statusCode(422)
                .body("errors[0].field", equalTo("workerId")).body("errors[0].code", equalTo("other-agency"));
        assign(supervisor(agency), reference, ours).statusCode(200).body("assignedAgencyId", equalTo(agency));
        // now it is our agency's case: the other agency's supervisor no longer sees it
        given().auth().oauth2(supervisor(other)).when().get("/cases/" + reference).then().statusCode(404);
        given().auth().oauth2(supervisor(agency)).queryParam("worker", ours).when().get("/cases")
                .then().statusCode(200).body("items.reference", contains(reference));
    }

    @Test
    void anAssignmentIsRefusedWithTheReasonAndChangesNothing() {
        String office = freshOffice();
        String agency = freshAgency();
        String worker = freshWorker();
        String reference = referred(freshCourt(), correction(office));
        posted(worker, agency, office);

        assign(judicialOfficer(office), reference, worker).statusCode(409).body("caseStatus", equalTo("REFERRED"));
        accept(office, reference);
        assign(judicialOfficer(office), reference, freshWorker()).statusCode(422)
                .body("errors[0].field", equalTo("workerId")).body("errors[0].code", equalTo("not-posted"));
        assign(judicialOfficer(office), reference, "7").statusCode(400).body("errors[0].field", equalTo("workerId"));
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("workerId", worker))
                .when().put("/cases/" + reference + "/assignment")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON).body(assignment(worker))
                .when().put("/cases/" + reference + "/assignment").then().statusCode(428);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", "\"99\"").contentType(ContentType.JSON)
                .body(assignment(worker)).when().put("/cases/" + reference + "/assignment").then().statusCode(412);
        assign(judicialOfficer(freshOffice()), reference, worker).statusCode(404);
        assign(socialWorker(worker, agency), reference, worker).statusCode(403);
        assign(courtOfficer(freshCourt()), reference, worker).statusCode(403);
        assign(auditor(), reference, worker).statusCode(403);
        given().contentType(ContentType.JSON).body(assignment(worker)).when().put("/cases/" + reference + "/assignment")
                .then().statusCode(401);

        given().auth().oauth2(admin()).when().get("/cases/" + reference)
                .then().statusCode(200).body("assignedWorkerId", nullValue());
        given().auth().oauth2(admin()).when().get("/cases/" + reference + "/assignments")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void removingTheLeadWorkerPublishesTheUnassignmentAndClosingEndsTheAssignment() {
        String office = freshOffice();
        String agency = freshAgency();
        String worker = freshWorker();
        String reference = referred(freshCourt(), correction(office));
        assignedTo(office, reference, worker, agency);

        try (TopicRecords topic = TopicRecords.of("cases.v1")) {
            given().auth().oauth2(supervisor(agency)).header("If-Match", etagOf(reference))
                    .when().delete("/cases/" + reference + "/assignment")
                    .then().statusCode(200).body("assignedWorkerId", nullValue());
            JsonNode unassigned = read(topic.await(r -> reference.equals(r.key())
                    && r.value().contains("\"case.unassigned\"")));
            assertEquals(worker, unassigned.at("/data/workerId").asText());
            assertEquals("REMOVED", unassigned.at("/data/reason").asText());
        }
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .when().delete("/cases/" + reference + "/assignment").then().statusCode(409);

        assign(judicialOfficer(office), reference, worker).statusCode(200);
        for (String[] step : new String[][]{{"ACTIVE", null}, {"CLOSED", "COMPLETED"}}) {
            Map<String, Object> body = new HashMap<>();
            body.put("to", step[0]);
            body.put("reason", "Step");
            if (step[1] != null) {
                body.put("closureReason", step[1]);
            }
            given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                    .contentType(ContentType.JSON).body(body)
                    .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
        }
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference + "/assignments")
                .then().statusCode(200).body("endReason", contains("REMOVED", "CASE_CLOSED"));
        assign(judicialOfficer(office), reference, worker).statusCode(409).body("caseStatus", equalTo("CLOSED"));
        // the last lead worker keeps the closed case in their list
        given().auth().oauth2(socialWorker(worker, agency)).when().get("/cases/" + reference).then().statusCode(200);
    }
}
