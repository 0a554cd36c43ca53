package org.youthjustice.worker.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.worker.CreditCodes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AgencyResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String admin() {
        return TestTokens.user("admin.ops").roles(Roles.ADMIN).token();
    }

    private static String supervisorOf(String agency) {
        return TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR).claim("agency_id", agency).token();
    }

    private static Map<String, String> agency(String code) {
        return Map.of("creditCode", code, "name", "Test Social Work Service Centre " + code, "region", "440100");
    }

    private static void register(String code) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agency(code))
                .when().post("/agencies").then().statusCode(201);
    }

    @Test
    void anAdminRegistersAnAgencyAndItsEventReachesTheTopic() throws Exception {
        String code = CreditCodes.fresh();

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agency(code))
                .when().post("/agencies")
                .then().statusCode(201)
                .header("Location", endsWith("/agencies/" + code))
                .body("creditCode", equalTo(code))
                .body("status", equalTo("ACTIVE"));

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> code.equals(r.key()));
            JsonNode event = JSON.readTree(record.value());
            assertEquals("agency.registered", event.get("type").asText());
            assertEquals("/worker-service", event.get("source").asText());
            assertEquals(code, event.get("subject").asText());
            assertEquals(1, event.get("version").asInt());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/agency.registered.v1.schema.json"));
            assertEquals(1, records.all(r -> code.equals(r.key()), Duration.ofSeconds(2)).size(),
                    "published once");
        }
    }

    @Test
    void theEventExampleMatchesItsSchema() throws Exception {
        try (var example = getClass().getClassLoader()
                .getResourceAsStream("events/worker-service/agency.registered.v1.example.json")) {
            JsonNode event = JSON.readTree(new String(example.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/agency.registered.v1.schema.json"));
        }
    }

    @Test
    void aSecondRegistrationOfTheSameCodeConflicts() {
        String code = CreditCodes.fresh();
        register(code);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agency(code))
                .when().post("/agencies")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aWrongCheckCharacterIsRefusedWithTheFieldNamed() {
        String code = CreditCodes.withWrongCheck(CreditCodes.fresh());

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agency(code))
                .when().post("/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("creditCode"));

        given().auth().oauth2(admin()).when().get("/agencies/" + code).then().statusCode(404);
    }

    @Test
    void unknownPropertiesAndMissingFieldsAreRefused() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("creditCode", CreditCodes.fresh(), "name", "X", "region", "440100", "status", "SUSPENDED"))
                .when().post("/agencies")
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("name", "X"))
                .when().post("/agencies")
                .then().statusCode(400).body("errors.field", hasItem("creditCode")).body("errors.field", hasItem("region"));
    }

    @Test
    void onlyAdminsRegisterAndARefusalChangesNothing() {
        String code = CreditCodes.fresh();

        given().auth().oauth2(TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).token())
                .contentType(ContentType.JSON).body(agency(code))
                .when().post("/agencies")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(agency(code))
                .when().post("/agencies")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.user("admin.ops").roles(Roles.ADMIN).forged().token())
                .contentType(ContentType.JSON).body(agency(code))
                .when().post("/agencies")
                .then().statusCode(401);

        given().auth().oauth2(admin()).when().get("/agencies/" + code).then().statusCode(404);
    }

    @Test
    void aSupervisorSeesTheirOwnAgencyOnly() {
        String own = CreditCodes.fresh();
        String other = CreditCodes.fresh();
        register(own);
        register(other);

        given().auth().oauth2(supervisorOf(own)).when().get("/agencies")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.creditCode", hasItem(own));
        given().auth().oauth2(supervisorOf(own)).when().get("/agencies/" + own).then().statusCode(200);
        given().auth().oauth2(supervisorOf(own)).when().get("/agencies/" + other)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void procurementOfficersListAllAgenciesByRegionAndAuditorsAreRefused() {
        String code = CreditCodes.fresh();
        register(code);
        String officer = TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).token();

        given().auth().oauth2(officer).queryParam("region", "440100").queryParam("size", 100)
                .when().get("/agencies")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(100));
        given().auth().oauth2(officer).queryParam("region", "440300")
                .when().get("/agencies")
                .then().statusCode(200).body("items.creditCode", not(hasItem(code)));
        given().auth().oauth2(TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token())
                .when().get("/agencies")
                .then().statusCode(403);
    }

    @Test
    void anOversizedPageIsRefused() {
        given().auth().oauth2(admin()).queryParam("size", 1000)
                .when().get("/agencies")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
