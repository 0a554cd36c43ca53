package org.youthjustice.worker.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.courtOfficer;
import static org.youthjustice.worker.Fixtures.freshCourt;
import static org.youthjustice.worker.Fixtures.judicialOfficer;
import static org.youthjustice.worker.Fixtures.procurementOfficer;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.socialWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;

@QuarkusTest
class AssessorAppointmentResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String appointments(String workerId) {
        return "/workers/" + workerId + "/assessor-appointments";
    }

    @Test
    void anAppointedAssessorIsListedForTheCourtForFiveYearsAndTheEventReachesTheTopic() throws Exception {
        String agency = agency();
        String court = freshCourt();
        String assessor = registeredWorker(agency);
        String colleague = registeredWorker(agency);
        String appointedOn = LocalDate.now(ServiceZone.ZONE).minusYears(1).toString();
        String termEndsOn = LocalDate.now(ServiceZone.ZONE).minusYears(1).plusYears(5).minusDays(1).toString();

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(Map.of("courtCode", court, "appointedOn", appointedOn))
                .when().post(appointments(assessor))
                .then().statusCode(201)
                .body("courtCode", equalTo(court)).body("appointedOn", equalTo(appointedOn))
                .body("termEndsOn", equalTo(termEndsOn)).body("status", equalTo("ACTIVE"));

        given().auth().oauth2(courtOfficer(court)).queryParam("assessorAt", court)
                .when().get("/workers")
                .then().statusCode(200).body("items.workerId", contains(assessor)).body("items[0].name", equalTo("张*明"));
        given().auth().oauth2(admin()).queryParam("assessorAt", court).queryParam("agency", agency)
                .when().get("/workers")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(courtOfficer(court)).when().get("/workers/" + colleague).then().statusCode(404);
        given().auth().oauth2(courtOfficer(court)).when().get(appointments(assessor))
                .then().statusCode(200).body("courtCode", contains(court));
        given().auth().oauth2(courtOfficer(freshCourt())).when().get("/workers/" + assessor).then().statusCode(404);

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> assessor.equals(r.key())
                    && r.value().contains("assessor.appointed"));
            JsonNode data = JSON.readTree(record.value()).get("data");
            assertThat(data.toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/assessor.appointed.v1.schema.json"));
            assertEquals(court, data.get("courtCode").asText());
            assertEquals(termEndsOn, data.get("termEndsOn").asText());
        }
    }

    @Test
    void anExpiredTermIsNoLongerListed() {
        String court = freshCourt();
        String workerId = registeredWorker(agency());

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("courtCode", court, "appointedOn", "2018-01-01", "termYears", 3))
                .when().post(appointments(workerId))
                .then().statusCode(201).body("termEndsOn", equalTo("2020-12-31")).body("status", equalTo("EXPIRED"));

        given().auth().oauth2(admin()).queryParam("assessorAt", court).when().get("/workers")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("courtCode", court, "appointedOn", "2024-01-01"))
                .when().post(appointments(workerId)).then().statusCode(201);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("courtCode", court, "appointedOn", "2025-01-01"))
                .when().post(appointments(workerId)).then().statusCode(409);
        given().auth().oauth2(admin()).queryParam("assessorAt", court).when().get("/workers")
                .then().statusCode(200).body("items.workerId", contains(workerId));
    }

    @Test
    void invalidAppointmentsAndOtherRolesAreRefusedAndNothingIsRecorded() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        Map<String, Object> valid = Map.of("courtCode", freshCourt(), "appointedOn", "2026-01-01");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("courtCode", "court 1", "appointedOn", "2026-01-01"))
                .when().post(appointments(workerId)).then().statusCode(400).body("errors.field", hasItem("courtCode"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("courtCode", freshCourt(), "appointedOn", "2026-01-01", "termYears", 0))
                .when().post(appointments(workerId)).then().statusCode(400).body("errors.field", hasItem("termYears"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("courtCode", freshCourt()))
                .when().post(appointments(workerId)).then().statusCode(400).body("errors.field", hasItem("appointedOn"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("courtCode", freshCourt(), "appointedOn", "2026-01-01", "status", "ACTIVE"))
                .when().post(appointments(workerId)).then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(socialWorker(workerId, agency)).contentType(ContentType.JSON).body(valid)
                .when().post(appointments(workerId)).then().statusCode(403);
        given().auth().oauth2(courtOfficer("CT-440104")).contentType(ContentType.JSON).body(valid)
                .when().post(appointments(workerId)).then().statusCode(403);
        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(valid)
                .when().post(appointments(workerId)).then().statusCode(403);
        given().contentType(ContentType.JSON).body(valid).when().post(appointments(workerId)).then().statusCode(401);
        given().auth().oauth2(procurementOfficer()).when().get(appointments(workerId)).then().statusCode(403);
        given().auth().oauth2(judicialOfficer("JO-440104-01")).when().get(appointments(workerId)).then().statusCode(404);

        given().auth().oauth2(admin()).when().get(appointments(workerId)).then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(admin()).queryParam("assessorAt", "not a court").when().get("/workers").then().statusCode(400);
    }

    @Test
    void theAppointingCourtAndAdminsAppointButNotTheWorkersAgencyNorAnotherCourt() {
        String agency = agency();
        String court = freshCourt();
        String workerId = registeredWorker(agency);
        Map<String, Object> atCourt = Map.of("courtCode", court, "appointedOn", "2026-01-01");

        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(atCourt)
                .when().post(appointments(workerId))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(courtOfficer(freshCourt())).contentType(ContentType.JSON).body(atCourt)
                .when().post(appointments(workerId))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(admin()).when().get(appointments(workerId)).then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(admin()).queryParam("assessorAt", court).when().get("/workers")
                .then().statusCode(200).body("total", equalTo(0));

        // the worker is not in the court's scope before the appointment: the court appoints them all the same
        given().auth().oauth2(courtOfficer(court)).when().get("/workers/" + workerId).then().statusCode(404);
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(atCourt)
                .when().post(appointments(workerId))
                .then().statusCode(201).body("courtCode", equalTo(court));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("courtCode", freshCourt(), "appointedOn", "2026-01-01"))
                .when().post(appointments(workerId)).then().statusCode(201);
        given().auth().oauth2(admin()).when().get(appointments(workerId)).then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void theEventExampleMatchesItsSchema() throws Exception {
        try (var example = getClass().getClassLoader()
                .getResourceAsStream("events/worker-service/assessor.appointed.v1.example.json")) {
            JsonNode event = JSON.readTree(new String(example.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/assessor.appointed.v1.schema.json"));
        }
    }
}
