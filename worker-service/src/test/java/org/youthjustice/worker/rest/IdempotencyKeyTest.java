package org.youthjustice.worker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.youthjustice.worker.CreditCodes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshCourt;
import static org.youthjustice.worker.Fixtures.freshOffice;
import static org.youthjustice.worker.Fixtures.freshWorkerId;
import static org.youthjustice.worker.Fixtures.posting;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;
import static org.youthjustice.worker.Fixtures.worker;

/** A creating POST repeated with its Idempotency-Key answers with what the first created, and creates nothing. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void anAgencyRegisteredTwiceWithOneKeyIsRegisteredOnce() {
        String code = CreditCodes.fresh();
        Map<String, Object> body = Map.of("creditCode", code, "name", "Test Centre " + code, "region", "440100");
        String key = UUID.randomUUID().toString();

        var first = created(admin(), key, "/agencies", body);
        var repeat = created(admin(), key, "/agencies", body);

        assertEquals(first.header("Location"), repeat.header("Location"));
        assertEquals(first.body().asString(), repeat.body().asString());
        refused(admin(), key, "/agencies", Map.of("creditCode", CreditCodes.fresh(), "name", "Other", "region", "440100"));
    }

    @Test
    void aWorkerRegisteredTwiceWithOneKeyIsRegisteredOnceAndAnotherBodyIsRefused() {
        String agency = agency();
        String workerId = freshWorkerId();
        Map<String, Object> body = worker(workerId, agency);
        String key = UUID.randomUUID().toString();

        var first = created(supervisorOf(agency), key, "/workers", body);
        var repeat = created(supervisorOf(agency), key, "/workers", body);

        assertEquals(first.header("Location"), repeat.header("Location"));
        assertEquals(workerId, repeat.jsonPath().getString("workerId"));
        refused(supervisorOf(agency), key, "/workers", worker(freshWorkerId(), agency));
        // without a key, the same registration is a duplicate
        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(body)
                .when().post("/workers").then().statusCode(409);
    }

    @Test
    void aPostingATrainingAndAnAppointmentRepeatedWithTheirKeysAreRecordedOnce() {
        String workerId = registeredWorker(agency());
        String today = LocalDate.now().toString();
        String postingKey = UUID.randomUUID().toString();
        Map<String, Object> posting = posting(freshOffice(), "JUDICIAL_OFFICE", "2026-01-01", null, "0.5");
        long postingId = created(admin(), postingKey, "/workers/" + workerId + "/postings", posting)
                .jsonPath().getLong("postingId");
        assertEquals(postingId, created(admin(), postingKey, "/workers/" + workerId + "/postings", posting)
                .jsonPath().getLong("postingId"));
        assertEquals(1, given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/postings")
                .then().statusCode(200).extract().jsonPath().getList("$").size());

        Map<String, Object> training = new HashMap<>(Map.of("topic", "Motivational interviewing",
                "provider", "Guangdong Social Work Association", "hours", new BigDecimal("6"), "heldOn", "2026-01-15"));
        String trainingKey = UUID.randomUUID().toString();
        long trainingId = created(admin(), trainingKey, "/workers/" + workerId + "/trainings", training)
                .jsonPath().getLong("trainingId");
        assertEquals(trainingId, created(admin(), trainingKey, "/workers/" + workerId + "/trainings", training)
                .jsonPath().getLong("trainingId"));
        training.put("hours", new BigDecimal("7"));
        refused(admin(), trainingKey, "/workers/" + workerId + "/trainings", training);

        Map<String, Object> appointment = Map.of("courtCode", freshCourt(), "appointedOn", today);
        String appointmentKey = UUID.randomUUID().toString();
        long appointmentId = created(admin(), appointmentKey, "/workers/" + workerId + "/assessor-appointments",
                appointment).jsonPath().getLong("appointmentId");
        assertEquals(appointmentId, created(admin(), appointmentKey,
                "/workers/" + workerId + "/assessor-appointments", appointment).jsonPath().getLong("appointmentId"));
        // a key belongs to one operation: the posting's key on another path is another request
        refused(admin(), postingKey, "/workers/" + workerId + "/assessor-appointments", appointment);
    }

    @Test
    void aKeyLongerThan100CharactersIsRefused() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(101))
                .body(Map.of("creditCode", CreditCodes.fresh(), "name", "Test Centre", "region", "440100"))
                .when().post("/agencies").then().statusCode(400).contentType("application/problem+json");
    }

    private static ExtractableResponse<Response> created(String token, String key, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(path).then().statusCode(201).extract();
    }

    private static void refused(String token, String key, String path, Object body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(path).then().statusCode(409).contentType("application/problem+json");
    }
}
