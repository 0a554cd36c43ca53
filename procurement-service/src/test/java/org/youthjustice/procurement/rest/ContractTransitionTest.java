package org.youthjustice.procurement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.draftedContract;
import static org.youthjustice.procurement.ContractFixtures.etagOf;
import static org.youthjustice.procurement.ContractFixtures.event;
import static org.youthjustice.procurement.ContractFixtures.freshDepartment;
import static org.youthjustice.procurement.ContractFixtures.json;
import static org.youthjustice.procurement.ContractFixtures.move;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;

@QuarkusTest
class ContractTransitionTest {

    private static final EventExamples SCHEMAS = EventExamples.of("procurement-service");

    private static io.restassured.response.ValidatableResponse transition(String token, String id, String ifMatch,
                                                                          Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/contracts/" + id + "/transitions").then();
    }

    private static Map<String, Object> to(String status) {
        return Map.of("to", status, "reason", "Tender evaluated by the panel");
    }

    private static JsonNode published(TopicRecords records, String id, String type) {
        JsonNode data = json(records.await(r -> event(r, id, type))).get("data");
        assertThat(data.toString(), matchesJsonSchemaInClasspath(SCHEMAS.schema(type, 1)));
        assertEquals(id, data.get("contractId").asText());
        return data;
    }

    @Test
    void anOfficerAwardsActivatesAndClosesEachStepKeptAndPublished() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();
        String officer = officerOf(c.get("purchaserCode").toString());

        transition(officer, id, "\"0\"", to("AWARDED")).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("AWARDED"));
        transition(officer, id, "\"1\"", to("ACTIVE")).statusCode(200).header("ETag", equalTo("\"2\""));
        transition(officer, id, "\"2\"", Map.of("to", "CLOSED", "reason", "Service delivered")).statusCode(200)
                .header("ETag", equalTo("\"3\""));

        given().auth().oauth2(officer).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("statusHistory.to", contains("DRAFT", "AWARDED", "ACTIVE", "CLOSED"))
                .body("statusHistory.from", contains(null, "DRAFT", "AWARDED", "ACTIVE"))
                .body("statusHistory[3].reason", equalTo("Service delivered"))
                .body("statusHistory[3].by", notNullValue()).body("statusHistory[3].at", notNullValue());

        try (TopicRecords records = TopicRecords.of(ContractEvents.TOPIC)) {
            JsonNode awarded = published(records, id, "contract.awarded");
            assertEquals("300000.00", awarded.get("budget").toString());
            assertEquals(3, awarded.get("fundedPosts").asInt());
            assertEquals(c.get("number"), awarded.get("number").asText());
            assertEquals("2027-12-31", published(records, id, "contract.activated").get("periodEnd").asText());
            published(records, id, "contract.closed");
            assertFalse(records.all(r -> id.equals(r.key()), Duration.ofSeconds(1)).stream()
                    .anyMatch(r -> r.value().contains("Tender evaluated")), "no free-text reason in events");
            assertEquals(1, records.all(r -> event(r, id, "contract.awarded"), Duration.ofMillis(200)).size());
        }
    }

    @Test
    void aContractIsTerminatedEarlyAndPublishedAsTerminated() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();
        move(id, "AWARDED");
        transition(admin(), id, etagOf(id), Map.of("to", "TERMINATED", "reason", "Provider withdrew"))
                .statusCode(200).body("status", equalTo("TERMINATED"));

        try (TopicRecords records = TopicRecords.of(ContractEvents.TOPIC)) {
            published(records, id, "contract.terminated");
        }
    }

    @Test
    void withoutIfMatch428AStaleOne412AndNothingMoves() {
        String id = draftedContract().get("id").toString();

        transition(admin(), id, null, to("AWARDED")).statusCode(428).contentType("application/problem+json");
        transition(admin(), id, "\"7\"", to("AWARDED")).statusCode(412);
        transition(admin(), id, "not-a-tag", to("AWARDED")).statusCode(412);

        given().auth().oauth2(admin()).when().get("/contracts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"))
                .body("statusHistory.to", contains("DRAFT"));
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsAConflictNamingTheAllowedOnes() {
        String id = draftedContract().get("id").toString();

        transition(admin(), id, "\"0\"", to("ACTIVE")).statusCode(409)
                .body("allowed", contains("AWARDED", "TERMINATED"));
        transition(admin(), id, "\"0\"", to("DRAFT")).statusCode(409);

        given().auth().oauth2(admin()).when().get("/contracts/" + id).then()
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"));
    }

    @Test
    void aReasonIsRequiredOfAtMostAThousandCharacters() {
        String id = draftedContract().get("id").toString();

        transition(admin(), id, "\"0\"", Map.of("to", "AWARDED")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        transition(admin(), id, "\"0\"", Map.of("to", "AWARDED", "reason", " ")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        transition(admin(), id, "\"0\"", Map.of("to", "AWARDED", "reason", "x".repeat(1001))).statusCode(400)
                .body("errors.field", hasItem("reason"));
        transition(admin(), id, "\"0\"", Map.of("to", "OPEN", "reason", "why")).statusCode(400)
                .body("errors.field", hasItem("to"));
        transition(admin(), id, "\"0\"", Map.of("to", "AWARDED", "reason", "x".repeat(1000))).statusCode(200);
    }

    @Test
    void onlyThePurchasersOfficersAndAdminsMoveAContract() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();

        transition(officerOf(freshDepartment()), id, "\"0\"", to("AWARDED")).statusCode(404);
        transition(supervisorOf(c.get("providerCode").toString()), id, "\"0\"", to("AWARDED")).statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(to("AWARDED"))
                .when().post("/contracts/" + id + "/transitions").then().statusCode(401);

        given().auth().oauth2(admin()).when().get("/contracts/" + id).then()
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"))
                .body("statusHistory.to", not(hasItem("AWARDED")));
    }
}
