package org.youthjustice.worker.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.worker.CreditCodes;
import org.youthjustice.platform.testing.IdempotentAnswers;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
import static org.youthjustice.platform.testing.SqlRows.count;

/**
 * Every creating POST of the service honours Idempotency-Key (platform-idempotency): the same key and body answer
 * the first answer (status, body as read, Location, ETag) and create nothing more; the key with another body answers 409;
 * an invalid key 400 naming the header. Nothing is created by a refusal.
 */
@QuarkusTest
class IdempotencyKeyTest {

    enum Creation { AGENCY, WORKER, POSTING, TRAINING, ASSESSOR_APPOINTMENT, STATUS_CHANGE }

    /** A creating POST, a body for it, another body, and how many records of the two bodies exist. */
    record Endpoint(String token, String path, Map<String, Object> body, Map<String, Object> otherBody,
                    LongSupplier created) {
    }

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @EnumSource(Creation.class)
    void aRetryWithTheKeyAnswersTheFirstAnswerAndCreatesNothing(Creation creation) {
        Endpoint endpoint = endpoint(creation);
        long before = endpoint.created().getAsLong();
        String key = UUID.randomUUID().toString();

        var first = post(endpoint, key, endpoint.body()).statusCode(201).extract();
        var retry = post(endpoint, key, endpoint.body()).statusCode(201).extract();

        IdempotentAnswers.assertSame(first, retry);
        assertEquals(before + 1, endpoint.created().getAsLong());
    }

    @ParameterizedTest
    @EnumSource(Creation.class)
    void theKeyWithAnotherBodyIsRefusedAndCreatesNothing(Creation creation) {
        Endpoint endpoint = endpoint(creation);
        long before = endpoint.created().getAsLong();
        String key = UUID.randomUUID().toString();
        post(endpoint, key, endpoint.body()).statusCode(201);

        post(endpoint, key, endpoint.otherBody()).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/conflict"));

        assertEquals(before + 1, endpoint.created().getAsLong());
    }

    @ParameterizedTest
    @EnumSource(Creation.class)
    void anInvalidKeyIsRefusedWithTheHeaderNamedAndCreatesNothing(Creation creation) {
        Endpoint endpoint = endpoint(creation);
        long before = endpoint.created().getAsLong();

        post(endpoint, "k".repeat(101), endpoint.body()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertEquals(before, endpoint.created().getAsLong());
    }

    @Test
    void aKeyCopiedFromTheFormerTableAnswers409AndCreatesNothing() throws SQLException {
        String code = CreditCodes.fresh();
        String key = UUID.randomUUID().toString();
        String username = "idempotency-test-" + UUID.randomUUID();
        String subject = UUID.nameUUIDFromBytes(username.getBytes()).toString();
        // as V31 copied a live key of the former idempotency_key table: a blind-index fingerprint, no operation
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into idempotent_request (caller_subject, idempotency_key, operation, request_hash, resource_id)"
                        + " values (?, ?, null, ?, ?)")) {
            insert.setString(1, subject);
            insert.setString(2, key);
            insert.setString(3, "b2:" + "0".repeat(64));
            insert.setString(4, code);
            insert.executeUpdate();
        }
        String token = TestTokens.user(username).roles("admin").token();

        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("creditCode", code, "name", "Test Centre " + code, "region", "440100"))
                .when().post("/agencies").then().statusCode(409);
        assertEquals(0, count(dataSource, "select count(*) from agency where credit_code = ?", code));
    }

    private Endpoint endpoint(Creation creation) {
        return switch (creation) {
            case AGENCY -> {
                String code = CreditCodes.fresh();
                String other = CreditCodes.fresh();
                yield new Endpoint(admin(), "/agencies",
                        Map.of("creditCode", code, "name", "Test Centre " + code, "region", "440100"),
                        Map.of("creditCode", other, "name", "Test Centre " + other, "region", "440100"),
                        () -> count(dataSource,
                                "select count(*) from agency where credit_code in (?, ?)", code, other));
            }
            case WORKER -> {
                String agency = agency();
                String workerId = freshWorkerId();
                String otherId = freshWorkerId();
                yield new Endpoint(supervisorOf(agency), "/workers", worker(workerId, agency), worker(otherId, agency),
                        () -> count(dataSource,
                                "select count(*) from worker where worker_id in (?, ?)", workerId, otherId));
            }
            case POSTING -> {
                String workerId = registeredWorker(agency());
                String office = freshOffice();
                yield new Endpoint(admin(), "/workers/" + workerId + "/postings",
                        posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "0.5"),
                        posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "0.4"),
                        () -> count(dataSource, "select count(*) from posting where worker_id = ?", workerId));
            }
            case TRAINING -> {
                String workerId = registeredWorker(agency());
                yield new Endpoint(admin(), "/workers/" + workerId + "/trainings", training("6"), training("7"),
                        () -> count(dataSource, "select count(*) from training where worker_id = ?", workerId));
            }
            case ASSESSOR_APPOINTMENT -> {
                String workerId = registeredWorker(agency());
                String today = LocalDate.now().toString();
                yield new Endpoint(admin(), "/workers/" + workerId + "/assessor-appointments",
                        Map.of("courtCode", freshCourt(), "appointedOn", today),
                        Map.of("courtCode", freshCourt(), "appointedOn", today),
                        () -> count(dataSource,
                                "select count(*) from assessor_appointment where worker_id = ?", workerId));
            }
            case STATUS_CHANGE -> {
                String agency = agency();
                String workerId = registeredWorker(agency);
                yield new Endpoint(supervisorOf(agency), "/workers/" + workerId + "/status-changes",
                        Map.of("status", "ON_LEAVE", "reason", "Parental leave"),
                        Map.of("status", "SUSPENDED", "reason", "Under review"),
                        () -> count(dataSource,
                                "select count(*) from worker_status_change where worker_id = ?", workerId));
            }
        };
    }

    private static Map<String, Object> training(String hours) {
        return Map.of("topic", "Motivational interviewing", "provider", "Guangdong Social Work Association",
                "hours", new BigDecimal(hours), "heldOn", "2026-01-15");
    }

    private static ValidatableResponse post(Endpoint endpoint, String key, Map<String, Object> body) {
        return given().auth().oauth2(endpoint.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(endpoint.path()).then();
    }
}
