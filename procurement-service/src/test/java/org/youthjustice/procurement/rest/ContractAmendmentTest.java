package org.youthjustice.procurement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.auditor;
import static org.youthjustice.procurement.ContractFixtures.draftedContract;
import static org.youthjustice.procurement.ContractFixtures.etagOf;
import static org.youthjustice.procurement.ContractFixtures.event;
import static org.youthjustice.procurement.ContractFixtures.freshDepartment;
import static org.youthjustice.procurement.ContractFixtures.freshProvider;
import static org.youthjustice.procurement.ContractFixtures.json;
import static org.youthjustice.procurement.ContractFixtures.move;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.ContractFixtures.socialWorkerOf;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;

@QuarkusTest
class ContractAmendmentTest {

    private static ValidatableResponse amend(String token, String id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/contracts/" + id + "/amendments").then();
    }

    /** Two more posts and the budget to match, funded by a charity for the difference. */
    static Map<String, Object> morePosts() {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "Two more posts for the new court");
        body.put("fundedPosts", 5);
        body.put("budget", new BigDecimal("500000.00"));
        body.put("fundingSources", List.of(Map.of("source", "FISCAL", "amount", new BigDecimal("300000.00")),
                Map.of("source", "CHARITABLE", "amount", new BigDecimal("200000.00"))));
        return body;
    }

    @Test
    void anAwardedContractIsAmendedAndBothVersionsStayReadable() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();
        String officer = officerOf(c.get("purchaserCode").toString());
        move(id, "AWARDED");

        var created = amend(officer, id, "\"1\"", morePosts()).statusCode(201).header("ETag", equalTo("\"2\""))
                .body("number", equalTo(1)).body("termsVersion", equalTo(2))
                .body("reason", equalTo("Two more posts for the new court"))
                .body("changes", contains("POSTS", "BUDGET")).body("terms.fundedPosts", equalTo(5))
                .body("amendedAt", notNullValue()).body("amendedBy", notNullValue()).extract();
        assertTrue(created.header("Location").endsWith("/contracts/" + id + "/amendments/1"));
        assertTrue(created.asString().contains("\"budget\":500000.00"), created.asString());

        given().auth().oauth2(officer).when().get("/contracts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("termsVersion", equalTo(2))
                .body("terms.fundedPosts", equalTo(5)).body("terms.fundingSources.source",
                        contains("FISCAL", "CHARITABLE"));
        given().auth().oauth2(supervisorOf(c.get("providerCode").toString())).when()
                .get("/contracts/" + id + "/versions/1").then().statusCode(200)
                .body("version", equalTo(1)).body("reason", nullValue()).body("terms.fundedPosts", equalTo(3))
                .body("terms.fundingSources.source", contains("FISCAL"));
        String version1 = given().auth().oauth2(auditor()).when().get("/contracts/" + id + "/versions/1")
                .then().extract().asString();
        assertTrue(version1.contains("\"budget\":300000.00"), version1);
        given().auth().oauth2(auditor()).when().get("/contracts/" + id + "/versions/2").then().statusCode(200)
                .body("terms.fundedPosts", equalTo(5)).body("reason", equalTo("Two more posts for the new court"));
        given().auth().oauth2(admin()).when().get("/contracts/" + id + "/versions/3").then().statusCode(404);
        given().auth().oauth2(admin()).when().get("/contracts/" + id + "/amendments").then().statusCode(200)
                .body("total", equalTo(1)).body("items.number", contains(1));
        given().auth().oauth2(admin()).when().get("/contracts/" + id + "/amendments/1").then().statusCode(200)
                .body("changes", contains("POSTS", "BUDGET"));
        given().auth().oauth2(admin()).when().get("/contracts/" + id + "/amendments/2").then().statusCode(404);

        try (TopicRecords records = TopicRecords.of(ContractEvents.TOPIC)) {
            JsonNode amended = json(records.await(r -> event(r, id, "contract.amended"))).get("data");
            assertThat(amended.toString(), matchesJsonSchemaInClasspath(
                    EventExamples.of("procurement-service").schema("contract.amended", 1)));
            assertEquals(1, amended.get("amendment").asInt());
            assertEquals(2, amended.get("termsVersion").asInt());
            assertEquals("500000.00", amended.get("budget").toString());
            assertEquals("[\"POSTS\",\"BUDGET\"]", amended.get("changes").toString());
            assertTrue(records.all(r -> id.equals(r.key()), Duration.ofMillis(500)).stream()
                    .noneMatch(r -> r.value().contains("new court")), "no free-text reason in events");
        }
    }

    @Test
    void aSecondAmendmentChangesThePeriodAndSitesAndIsNumberedTwo() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();
        amend(admin(), id, etagOf(id), morePosts()).statusCode(201);

        amend(admin(), id, etagOf(id), Map.of("reason", "Extended by six months", "periodEnd", "2028-06-30",
                "sites", List.of("CT-440106"))).statusCode(201)
                .body("number", equalTo(2)).body("changes", contains("PERIOD", "SITES"))
                .body("terms.fundedPosts", equalTo(5)).body("terms.sites", contains("CT-440106"));
        given().auth().oauth2(admin()).when().get("/contracts/" + id + "/versions/2").then()
                .body("terms.periodEnd", equalTo("2027-12-31"));
    }

    @Test
    void anAmendmentThatChangesNothingOrLeavesTheBudgetUnfundedIsRefused() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();

        amend(admin(), id, "\"0\"", Map.of("reason", "Same again", "fundedPosts", 3)).statusCode(422)
                .body("errors.field", contains("changes"));
        amend(admin(), id, "\"0\"", Map.of("reason", "Nothing")).statusCode(422)
                .body("errors.field", contains("changes"));
        amend(admin(), id, "\"0\"", Map.of("reason", "More money", "budget", new BigDecimal("400000.00")))
                .statusCode(422).body("errors.field", contains("fundingSources"));
        amend(admin(), id, "\"0\"", Map.of("reason", "Too long", "periodEnd", "2032-01-01")).statusCode(422)
                .body("errors.field", contains("periodEnd"));
        amend(admin(), id, "\"0\"", Map.of("reason", "Fen", "budget", new BigDecimal("100000.001")))
                .statusCode(400).body("errors.field", hasItem("budget"));
        amend(admin(), id, "\"0\"", Map.of("fundedPosts", 4)).statusCode(400).body("errors.field", hasItem("reason"));

        given().auth().oauth2(admin()).when().get("/contracts/" + id).then()
                .header("ETag", equalTo("\"0\"")).body("termsVersion", equalTo(1));
        given().auth().oauth2(admin()).when().get("/contracts/" + id + "/amendments").then()
                .body("total", equalTo(0));
    }

    @Test
    void theBudgetIsNotAmendedBelowWhatWasPaid() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();
        String officer = officerOf(c.get("purchaserCode").toString());
        move(id, "AWARDED");
        String payment = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("milestone", "SIGNING", "plannedAmount", new BigDecimal("200000.00"),
                        "plannedOn", LocalDate.now(ServiceZone.ZONE).toString()))
                .when().post("/contracts/" + id + "/payments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("paidAmount", new BigDecimal("200000.00"),
                        "paidOn", LocalDate.now(ServiceZone.ZONE).toString()))
                .when().post("/contracts/" + id + "/payments/" + payment + "/disbursement").then().statusCode(200);

        Map<String, Object> cut = new HashMap<>();
        cut.put("reason", "Savings");
        cut.put("budget", new BigDecimal("199999.99"));
        cut.put("fundingSources", List.of(Map.of("source", "FISCAL", "amount", new BigDecimal("199999.99"))));
        amend(officer, id, "\"1\"", cut).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("budget"));
        given().auth().oauth2(officer).when().get("/contracts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("termsVersion", equalTo(1));

        cut.put("budget", new BigDecimal("200000.00"));
        cut.put("fundingSources", List.of(Map.of("source", "FISCAL", "amount", new BigDecimal("200000.00"))));
        amend(officer, id, "\"1\"", cut).statusCode(201).body("changes", contains("BUDGET"));
    }

    @Test
    void aClosedContractIsNotAmendedAndIfMatchIsRequired() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();

        amend(admin(), id, null, morePosts()).statusCode(428);
        amend(admin(), id, "\"3\"", morePosts()).statusCode(412);
        move(id, "TERMINATED");
        amend(admin(), id, etagOf(id), morePosts()).statusCode(409);

        given().auth().oauth2(admin()).when().get("/contracts/" + id).then().body("termsVersion", equalTo(1));
    }

    @Test
    void onlyThePurchasersOfficersAndAdminsAmendAndReadersStayInScope() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();
        String provider = c.get("providerCode").toString();

        amend(officerOf(freshDepartment()), id, "\"0\"", morePosts()).statusCode(404);
        amend(supervisorOf(provider), id, "\"0\"", morePosts()).statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(morePosts())
                .when().post("/contracts/" + id + "/amendments").then().statusCode(401);
        given().auth().oauth2(admin()).when().get("/contracts/" + id).then().body("termsVersion", equalTo(1));

        amend(officerOf(c.get("purchaserCode").toString()), id, "\"0\"", morePosts()).statusCode(201);
        for (String path : List.of("/amendments", "/amendments/1", "/versions/1")) {
            given().auth().oauth2(officerOf(freshDepartment())).when().get("/contracts/" + id + path)
                    .then().statusCode(404);
            given().auth().oauth2(supervisorOf(freshProvider())).when().get("/contracts/" + id + path)
                    .then().statusCode(404);
            given().auth().oauth2(socialWorkerOf(provider)).when().get("/contracts/" + id + path)
                    .then().statusCode(403);
            given().when().get("/contracts/" + id + path).then().statusCode(401);
            given().auth().oauth2(supervisorOf(provider)).when().get("/contracts/" + id + path)
                    .then().statusCode(200);
        }
    }
}
