package org.youthjustice.worker.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.worker.CreditCodes;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshWorkerId;
import static org.youthjustice.worker.Fixtures.procurementOfficer;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.socialWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;
import static org.youthjustice.worker.Fixtures.worker;

@QuarkusTest
class WorkerResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private static String etagOf(String workerId) {
        return given().auth().oauth2(admin()).when().get("/workers/" + workerId)
                .then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anAdminRegistersAWorkerWhoseIdentityIsMaskedAndWhoseEventCarriesNoPersonalData() throws Exception {
        String agency = agency();
        String workerId = freshWorkerId();
        Map<String, Object> body = worker(workerId, agency);
        String identityNumber = (String) body.get("identityNumber");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers")
                .then().statusCode(201)
                .header("Location", endsWith("/workers/" + workerId))
                .header("ETag", notNullValue())
                .body("workerId", equalTo(workerId))
                .body("agencyCode", equalTo(agency))
                .body("name", equalTo("张*明"))
                .body("identityNumber", equalTo(identityNumber.substring(0, 4) + "**********" + identityNumber.substring(14)))
                .body("phone", equalTo("138****5678"))
                .body("qualification.level", equalTo("SOCIAL_WORKER"))
                .body("qualification.expiresOn", equalTo("2030-06-29"))
                .body("specialisations", containsInAnyOrder("JUDICIAL", "YOUTH_AFFAIRS"))
                .body("frontLine", equalTo(true))
                .body("status", equalTo("ACTIVE"));

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> workerId.equals(r.key()));
            JsonNode event = JSON.readTree(record.value());
            assertEquals("worker.registered", event.get("type").asText());
            assertEquals(workerId, event.get("subject").asText());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.registered.v1.schema.json"));
            assertEquals(agency, event.get("data").get("agencyCode").asText());
            assertFalse(record.value().contains("张小明") || record.value().contains(identityNumber)
                    || record.value().contains("13812345678"), "no personal data in the event");
        }
    }

    @Test
    void theDatabaseHoldsNoNameIdentityNumberOrPhoneInClear() throws Exception {
        String agency = agency();
        String workerId = freshWorkerId();
        Map<String, Object> body = worker(workerId, agency);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers").then().statusCode(201);

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select * from worker where worker_id = ?")) {
            select.setString(1, workerId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                StringBuilder everything = new StringBuilder();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    everything.append(row.getString(column)).append('|');
                }
                String stored = everything.toString();
                assertFalse(stored.contains("张小明"), "name in clear");
                assertFalse(stored.contains("小明"), "part of the name in clear");
                assertFalse(stored.contains((String) body.get("identityNumber")), "identity number in clear");
                assertFalse(stored.contains("13812345678"), "phone in clear");
                assertTrue(row.getString("name_cipher").startsWith("v2:test1:"), "name encrypted under a key id");
            }
        }
    }

    @Test
    void aSupervisorRegistersForTheirOwnAgencyOnly() {
        String own = agency();
        String other = agency();
        String workerId = freshWorkerId();

        given().auth().oauth2(supervisorOf(own)).contentType(ContentType.JSON).body(worker(workerId, other))
                .when().post("/workers")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().statusCode(404);

        given().auth().oauth2(supervisorOf(own)).contentType(ContentType.JSON).body(worker(workerId, own))
                .when().post("/workers")
                .then().statusCode(201);
    }

    @Test
    void socialWorkersProcurementOfficersAndAnonymousCallersCannotRegister() {
        String agency = agency();
        String workerId = freshWorkerId();

        given().auth().oauth2(socialWorker(workerId, agency)).contentType(ContentType.JSON).body(worker(workerId, agency))
                .when().post("/workers").then().statusCode(403);
        given().auth().oauth2(procurementOfficer()).contentType(ContentType.JSON).body(worker(workerId, agency))
                .when().post("/workers").then().statusCode(403);
        given().contentType(ContentType.JSON).body(worker(workerId, agency))
                .when().post("/workers").then().statusCode(401);

        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002Y", "11010519491231002", "11010519491331002X", "440104199001011230"})
    void anInvalidIdentityNumberIsRefusedWithTheFieldNamedAndNothingRegistered(String identityNumber) {
        String agency = agency();
        String workerId = freshWorkerId();
        Map<String, Object> body = worker(workerId, agency);
        body.put("identityNumber", identityNumber);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("identityNumber"));
        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().statusCode(404);
    }

    @Test
    void invalidFieldsUnknownPropertiesAndAnUnknownAgencyAreRefused() {
        String agency = agency();
        String workerId = freshWorkerId();

        Map<String, Object> badId = worker("X12", agency);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(badId)
                .when().post("/workers").then().statusCode(400).body("errors.field", hasItem("workerId"));

        Map<String, Object> withStatus = worker(workerId, agency);
        withStatus.put("status", "LEFT");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(withStatus)
                .when().post("/workers").then().statusCode(400).body("errors.field", hasItem("status"));

        Map<String, Object> badQualification = worker(workerId, agency);
        badQualification.put("qualification", Map.of("level", "SOCIAL_WORKER", "certificateNumber", "C1",
                "issuedOn", "2024-06-30", "expiresOn", "2020-06-29"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(badQualification)
                .when().post("/workers").then().statusCode(400).body("errors.field", hasItem("qualification.expiresOn"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("workerId", workerId))
                .when().post("/workers").then().statusCode(400)
                .body("errors.field", hasItem("agencyCode")).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("identityNumber")).body("errors.field", hasItem("frontLine"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(worker(workerId, CreditCodes.fresh()))
                .when().post("/workers").then().statusCode(422).body("errors.field", hasItem("agencyCode"));

        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().statusCode(404);
    }

    @Test
    void aWorkerIdOrIdentityNumberRegisteredTwiceConflicts() {
        String agency = agency();
        String workerId = freshWorkerId();
        Map<String, Object> body = worker(workerId, agency);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers").then().statusCode(201);

        Map<String, Object> sameId = worker(workerId, agency);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(sameId)
                .when().post("/workers").then().statusCode(409);

        Map<String, Object> samePerson = new HashMap<>(body);
        samePerson.put("workerId", freshWorkerId());
        samePerson.put("identityNumber", ((String) body.get("identityNumber")).toLowerCase());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(samePerson)
                .when().post("/workers").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        ((String) body.get("identityNumber")).substring(6, 14))));
    }

    @Test
    void readsAreScopedToTheAgencyOrTheWorkerThemselves() {
        String agency = agency();
        String other = agency();
        String self = registeredWorker(agency);
        String colleague = registeredWorker(agency);
        String stranger = registeredWorker(other);

        given().auth().oauth2(supervisorOf(agency)).when().get("/workers/" + colleague).then().statusCode(200);
        given().auth().oauth2(supervisorOf(agency)).when().get("/workers/" + stranger)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(supervisorOf(agency)).queryParam("size", 100).when().get("/workers")
                .then().statusCode(200).body("total", equalTo(2)).body("items.workerId", contains(
                        self.compareTo(colleague) < 0 ? self : colleague, self.compareTo(colleague) < 0 ? colleague : self));

        given().auth().oauth2(socialWorker(self, agency)).when().get("/workers/" + self).then().statusCode(200);
        given().auth().oauth2(socialWorker(self, agency)).when().get("/workers/" + colleague).then().statusCode(404);
        given().auth().oauth2(socialWorker(self, agency)).when().get("/workers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].workerId", equalTo(self));

        given().auth().oauth2(procurementOfficer()).when().get("/workers/" + self).then().statusCode(403);
        given().auth().oauth2(procurementOfficer()).when().get("/workers").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("auditor.sun").roles("auditor").token()).when().get("/workers/" + self)
                .then().statusCode(403);
        given().when().get("/workers/" + self).then().statusCode(401);
    }

    @Test
    void theListFiltersByStatusQualificationAndSpecialisation() {
        String agency = agency();
        String judicial = registeredWorker(agency);
        String family = freshWorkerId();
        Map<String, Object> body = worker(family, agency);
        body.put("specialisations", java.util.List.of("FAMILY"));
        body.remove("qualification");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers").then().statusCode(201).body("qualification", nullValue());

        given().auth().oauth2(admin()).queryParam("agency", agency).queryParam("specialisation", "FAMILY")
                .when().get("/workers").then().statusCode(200).body("items.workerId", contains(family));
        given().auth().oauth2(admin()).queryParam("agency", agency).queryParam("qualification", "SOCIAL_WORKER")
                .when().get("/workers").then().statusCode(200).body("items.workerId", contains(judicial));
        given().auth().oauth2(admin()).queryParam("agency", agency).queryParam("status", "LEFT")
                .when().get("/workers").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(admin()).queryParam("status", "RETIRED")
                .when().get("/workers").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).queryParam("size", 101)
                .when().get("/workers").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void patchNeedsTheCurrentETag() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String etag = etagOf(workerId);

        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(Map.of("frontLine", false))
                .when().patch("/workers/" + workerId)
                .then().statusCode(428).contentType("application/problem+json");

        String changed = given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("frontLine", false, "specialisations", java.util.List.of("FAMILY")))
                .when().patch("/workers/" + workerId)
                .then().statusCode(200)
                .body("frontLine", equalTo(false))
                .body("specialisations", contains("FAMILY"))
                .body("qualification.level", equalTo("SOCIAL_WORKER"))
                .extract().header("ETag");
        assertFalse(etag.equals(changed), "a new ETag after a change");

        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("frontLine", true))
                .when().patch("/workers/" + workerId)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().body("frontLine", equalTo(false));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheETagAndTheLastChange() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String etag = etagOf(workerId);
        String updatedAt = given().auth().oauth2(admin()).when().get("/workers/" + workerId)
                .then().extract().path("updatedAt");

        String afterEmpty = given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .header("If-Match", etag).body("{}")
                .when().patch("/workers/" + workerId)
                .then().statusCode(200).body("frontLine", equalTo(true)).extract().header("ETag");
        assertEquals(etag, afterEmpty, "an empty patch keeps the ETag");

        Map<String, Object> same = Map.of("phone", "13812345678",
                "qualification", Map.of("level", "SOCIAL_WORKER", "certificateNumber", "2024035440100123",
                        "issuedOn", "2024-06-30", "expiresOn", "2030-06-29"),
                "specialisations", java.util.List.of("YOUTH_AFFAIRS", "JUDICIAL"), "frontLine", true);
        String afterSame = given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(same)
                .when().patch("/workers/" + workerId)
                .then().statusCode(200).extract().header("ETag");
        assertEquals(etag, afterSame, "a patch of the current values keeps the ETag");

        assertEquals(etag, etagOf(workerId));
        given().auth().oauth2(admin()).when().get("/workers/" + workerId)
                .then().body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void aNullQualificationRemovesItAndInvalidPatchesChangeNothing() {
        String agency = agency();
        String workerId = registeredWorker(agency);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", etagOf(workerId))
                .body(Map.of("agencyCode", CreditCodes.fresh()))
                .when().patch("/workers/" + workerId)
                .then().statusCode(400).body("errors.field", hasItem("agencyCode"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", etagOf(workerId))
                .body(Map.of("phone", "call me"))
                .when().patch("/workers/" + workerId)
                .then().statusCode(400).body("errors.field", hasItem("phone"));
        given().auth().oauth2(admin()).when().get("/workers/" + workerId)
                .then().body("agencyCode", equalTo(agency)).body("phone", equalTo("138****5678"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", etagOf(workerId))
                .body("{\"qualification\": null}")
                .when().patch("/workers/" + workerId)
                .then().statusCode(200).body("qualification", nullValue()).body("frontLine", equalTo(true));
    }

    @Test
    void aSocialWorkerChangesTheirOwnPhoneOnly() {
        String agency = agency();
        String self = registeredWorker(agency);
        String colleague = registeredWorker(agency);
        String token = socialWorker(self, agency);

        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etagOf(self))
                .body(Map.of("phone", "13900001111"))
                .when().patch("/workers/" + self)
                .then().statusCode(200).body("phone", equalTo("139****1111"));

        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etagOf(self))
                .body(Map.of("specialisations", java.util.List.of("FAMILY")))
                .when().patch("/workers/" + self)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etagOf(colleague))
                .body(Map.of("phone", "13900001111"))
                .when().patch("/workers/" + colleague)
                .then().statusCode(404);
        given().auth().oauth2(admin()).when().get("/workers/" + self)
                .then().body("specialisations", containsInAnyOrder("JUDICIAL", "YOUTH_AFFAIRS"));
        given().auth().oauth2(admin()).when().get("/workers/" + colleague).then().body("phone", equalTo("138****5678"));
    }

    @Test
    void aSupervisorChangesTheStatusWithAReasonKeptInTheHistoryAndPublished() throws Exception {
        String agency = agency();
        String workerId = registeredWorker(agency);

        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .body(Map.of("status", "ON_LEAVE", "reason", "Parental leave"))
                .when().post("/workers/" + workerId + "/status-changes")
                .then().statusCode(201)
                .body("from", equalTo("ACTIVE")).body("to", equalTo("ON_LEAVE"))
                .body("changedBy", notNullValue()).body("changedAt", notNullValue());

        given().auth().oauth2(socialWorker(workerId, agency)).when().get("/workers/" + workerId + "/status-changes")
                .then().statusCode(200).body("to", contains("ON_LEAVE")).body("reason", contains("Parental leave"));
        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().body("status", equalTo("ON_LEAVE"));

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> workerId.equals(r.key())
                    && r.value().contains("worker.status-changed"));
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.status-changed.v1.schema.json"));
            assertEquals("ON_LEAVE", event.get("data").get("toStatus").asText());
            assertFalse(record.value().contains("Parental leave"), "the reason stays in the service");
            assertEquals(1, records.all(r -> workerId.equals(r.key()) && r.value().contains("worker.status-changed"),
                    Duration.ofSeconds(1)).size());
        }
    }

    @Test
    void statusChangesAreRefusedToOthersAndLeftIsFinal() {
        String agency = agency();
        String workerId = registeredWorker(agency);

        given().auth().oauth2(socialWorker(workerId, agency)).contentType(ContentType.JSON)
                .body(Map.of("status", "LEFT", "reason", "x"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(403);
        given().auth().oauth2(supervisorOf(agency())).contentType(ContentType.JSON)
                .body(Map.of("status", "LEFT", "reason", "x"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("status", "LEFT", "reason", "x"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(401);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "GONE", "reason", "x"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "LEFT"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "reason", "x"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(409);
        given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/status-changes")
                .then().statusCode(200).body("size()", equalTo(0));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "LEFT", "reason", "Resigned"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(201);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "reason", "Back"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker.registered", "worker.status-changed"})
    void theEventExamplesMatchTheirSchemas(String type) throws Exception {
        try (var example = getClass().getClassLoader()
                .getResourceAsStream("events/worker-service/" + type + ".v1.example.json")) {
            JsonNode event = JSON.readTree(new String(example.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(type, event.get("type").asText());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/" + type + ".v1.schema.json"));
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheWorkerEndpointsWithoutInternalFields() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        for (String path : new String[] {"/workers", "/workers/{workerId}", "/workers/{workerId}/status-changes",
                "/workers/{workerId}/postings", "/workers/{workerId}/postings/{postingId}/end", "/rosters",
                "/workers/{workerId}/trainings", "/workers/{workerId}/assessor-appointments"}) {
            assertTrue(document.contains("\"" + path + "\""), path + " documented");
        }
        assertFalse(document.contains("qualificationSent"), "no internal field in the schemas");
    }

    @Test
    void theOpenApiDocumentRequiresIfMatchOnPatchAndNamesTheETag() throws Exception {
        JsonNode patch = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths").path("/workers/{workerId}").path("patch");
        JsonNode ifMatch = null;
        for (JsonNode parameter : patch.path("parameters")) {
            if ("If-Match".equals(parameter.path("name").asText()) && "header".equals(parameter.path("in").asText())) {
                ifMatch = parameter;
            }
        }
        assertTrue(ifMatch != null && ifMatch.path("required").asBoolean(), "If-Match required: " + patch);
        assertTrue(patch.path("responses").path("200").path("headers").has("ETag"), "ETag on the 200: " + patch);
    }
}
