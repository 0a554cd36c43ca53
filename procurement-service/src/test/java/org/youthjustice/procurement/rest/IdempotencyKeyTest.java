package org.youthjustice.procurement.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.IdempotentAnswers;
import org.youthjustice.platform.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service's one creating POST, {@code /cost-estimates}, honours Idempotency-Key (platform-idempotency): the same
 * key and body answer the first answer and keep one estimate; the key with another body answers 409; an invalid key
 * 400 naming the header.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private final Instant started = Instant.now();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRetryWithTheKeyAnswersTheFirstEstimateAndKeepsOne() throws SQLException {
        int clients = freshClients();
        String key = UUID.randomUUID().toString();

        var first = post(key, estimate(clients, "2029-01-01")).statusCode(201).extract();
        var retry = post(key, estimate(clients, "2029-01-01")).statusCode(201).extract();

        IdempotentAnswers.assertSame(first, retry);
        assertEquals(1, estimatesFor(clients));
    }

    @Test
    void theKeyWithAnotherBodyIsRefusedAndKeepsNothingMore() throws SQLException {
        int clients = freshClients();
        String key = UUID.randomUUID().toString();
        post(key, estimate(clients, "2029-01-01")).statusCode(201);

        post(key, estimate(clients, "2030-01-01")).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/conflict"));

        assertEquals(1, estimatesFor(clients));
    }

    @Test
    void anInvalidKeyIsRefusedWithTheHeaderNamed() throws SQLException {
        int clients = freshClients();

        post("", estimate(clients, "2029-01-01")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertEquals(0, estimatesFor(clients));
    }

    private static Map<String, Object> estimate(int clients, String periodEnd) {
        return Map.of("expectedClients", clients, "periodStart", "2027-01-01", "periodEnd", periodEnd);
    }

    private static ValidatableResponse post(String key, Map<String, Object> body) {
        String officer = TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER)
                .claim("department_code", "DP-4401-JUSTICE").token();
        return given().auth().oauth2(officer).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/cost-estimates").then();
    }

    /** A number of expected clients that, with the test's start, finds this test's estimates. */
    private static int freshClients() {
        return ThreadLocalRandom.current().nextInt(50_000, 100_001);
    }

    private long estimatesFor(int clients) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from cost_estimate where expected_clients = ? and created_at >= ?")) {
            query.setInt(1, clients);
            query.setTimestamp(2, Timestamp.from(started));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
