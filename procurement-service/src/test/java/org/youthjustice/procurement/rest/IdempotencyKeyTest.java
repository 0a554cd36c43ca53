package org.youthjustice.procurement.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.IdempotentAnswers;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.procurement.ContractFixtures.Contract;
import org.youthjustice.procurement.domain.ContractStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.procurement.ContractCalls.evaluation;
import static org.youthjustice.procurement.ContractCalls.fiveAt;
import static org.youthjustice.procurement.ContractCalls.plannedInstalment;
import static org.youthjustice.procurement.ContractCalls.today;
import static org.youthjustice.procurement.ContractFixtures.contract;
import static org.youthjustice.procurement.ContractFixtures.officerOf;

/**
 * Every creating POST of the service honours Idempotency-Key (platform-idempotency): the same key and body answer
 * the first answer (status, body as read, Location) and create nothing more; the key with another body answers 409;
 * an invalid key 400 naming the header. Nothing is created by a refusal.
 */
@QuarkusTest
class IdempotencyKeyTest {

    enum Creation { COST_ESTIMATE, PAYMENT, EVALUATION }

    /** A creating POST, a body for it, another body, and how many records of the two bodies exist. */
    record Endpoint(String token, String path, Map<String, Object> body, Map<String, Object> otherBody,
                    LongSupplier created) {
    }

    private final Instant started = Instant.now();

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

        post(endpoint, "", endpoint.body()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(endpoint, "k".repeat(101), endpoint.body()).statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertEquals(before, endpoint.created().getAsLong());
    }

    private Endpoint endpoint(Creation creation) {
        return switch (creation) {
            case COST_ESTIMATE -> {
                int clients = ThreadLocalRandom.current().nextInt(50_000, 100_001);
                String officer = TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER)
                        .claim("department_code", "DP-4401-JUSTICE").token();
                yield new Endpoint(officer, "/cost-estimates", estimate(clients, "2029-01-01"),
                        estimate(clients, "2030-01-01"), () -> count(
                        "select count(*) from cost_estimate where expected_clients = ? and created_at >= ?",
                        clients, Timestamp.from(started)));
            }
            case PAYMENT -> {
                Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
                yield new Endpoint(officerOf(contract), contract.path() + "/payments",
                        plannedInstalment("SIGNING", "100.00"), plannedInstalment("SIGNING", "200.00"),
                        () -> count("select count(*) from contract_payment where contract_id = ?", contract.id()));
            }
            case EVALUATION -> {
                Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
                yield new Endpoint(officerOf(contract), contract.path() + "/evaluations",
                        evaluation(today(), fiveAt("85"), null), evaluation(today(), fiveAt("95"), null),
                        () -> count("select count(*) from contract_evaluation where contract_id = ?", contract.id()));
            }
        };
    }

    private static Map<String, Object> estimate(int clients, String periodEnd) {
        return Map.of("expectedClients", clients, "periodStart", "2027-01-01", "periodEnd", periodEnd);
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse post(Endpoint endpoint, String key, Map<String, Object> body) {
        return given().auth().oauth2(endpoint.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(endpoint.path()).then();
    }
}
