package org.youthjustice.procurement.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.platform.testing.IdempotentAnswers;
import org.youthjustice.procurement.StoredContracts;
import org.youthjustice.procurement.domain.ContractStatus;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
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
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.contract;
import static org.youthjustice.procurement.ContractFixtures.draftedContract;
import static org.youthjustice.procurement.ContractFixtures.freshDepartment;
import static org.youthjustice.procurement.ContractFixtures.freshProvider;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.platform.testing.SqlRows.count;

/**
 * Every creating POST of the service honours Idempotency-Key (platform-idempotency): the same key and body answer
 * the first answer (status, body, Location, ETag) and create nothing more; the key with another body answers 409;
 * an invalid key 400 naming the header. Nothing is created by a refusal.
 */
@QuarkusTest
class IdempotencyKeyTest {

    enum Creation { COST_ESTIMATE, DEPARTMENT, CONTRACT, AMENDMENT, PAYMENT, EVALUATION }

    /** A creating POST, a body for it, another body, and how many records it created. */
    record Endpoint(String token, String path, String ifMatch, Map<String, Object> body, Map<String, Object> otherBody,
                    LongSupplier created) {
    }

    private final Instant started = Instant.now();

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @EnumSource(Creation.class)
    void aRetryWithTheKeyAnswersTheFirstAnswerAndCreatesNothing(Creation creation) {
        Endpoint endpoint = endpoint(creation);
        String key = UUID.randomUUID().toString();

        var first = post(endpoint, key, endpoint.body()).statusCode(201).extract();
        var retry = post(endpoint, key, endpoint.body()).statusCode(201).extract();

        IdempotentAnswers.assertSame(first, retry);
        assertEquals(1, endpoint.created().getAsLong());
    }

    @ParameterizedTest
    @EnumSource(Creation.class)
    void theKeyWithAnotherBodyIsRefusedAndCreatesNothing(Creation creation) {
        Endpoint endpoint = endpoint(creation);
        String key = UUID.randomUUID().toString();
        post(endpoint, key, endpoint.body()).statusCode(201);

        post(endpoint, key, endpoint.otherBody()).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/conflict"));

        assertEquals(1, endpoint.created().getAsLong());
    }

    @ParameterizedTest
    @EnumSource(Creation.class)
    void anInvalidKeyIsRefusedWithTheHeaderNamedAndCreatesNothing(Creation creation) {
        Endpoint endpoint = endpoint(creation);

        post(endpoint, "", endpoint.body()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertEquals(0, endpoint.created().getAsLong());
    }

    private Endpoint endpoint(Creation creation) {
        return switch (creation) {
            case COST_ESTIMATE -> {
                // a number of expected clients that, with the test's start, finds this test's estimates
                int clients = ThreadLocalRandom.current().nextInt(50_000, 100_001);
                yield new Endpoint(officerOf("DP-4401-JUSTICE"), "/cost-estimates", null,
                        Map.of("expectedClients", clients, "periodStart", "2027-01-01", "periodEnd", "2029-01-01"),
                        Map.of("expectedClients", clients, "periodStart", "2027-01-01", "periodEnd", "2030-01-01"),
                        () -> count(dataSource,
                                "select count(*) from cost_estimate where expected_clients = ? and created_at >= ?",
                                clients, Timestamp.from(started)));
            }
            case DEPARTMENT -> {
                String code = "DP-K" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Test bureau",
                        "kind", "YOUTH_LEAGUE_COMMITTEE", "regionCode", "440300"));
                Map<String, Object> other = new HashMap<>(body);
                other.put("name", "Another bureau");
                yield new Endpoint(admin(), "/purchasing-departments", null, body, other,
                        () -> count(dataSource, "select count(*) from purchasing_department where code = ?", code));
            }
            case CONTRACT -> {
                String department = freshDepartment();
                Map<String, Object> body = contract(department, freshProvider());
                Map<String, Object> other = new HashMap<>(body);
                other.put("title", "Another title");
                yield new Endpoint(officerOf(department), "/contracts", null, body, other,
                        () -> count(dataSource,
                                "select count(*) from service_contract where number = ?", body.get("number")));
            }
            case AMENDMENT -> {
                Map<String, Object> c = draftedContract();
                UUID id = UUID.fromString(c.get("id").toString());
                Map<String, Object> body = new HashMap<>(Map.of("reason", "One more post", "fundedPosts", 4));
                Map<String, Object> other = new HashMap<>(Map.of("reason", "Two more posts", "fundedPosts", 5,
                        "budget", new BigDecimal("300000.00")));
                yield new Endpoint(officerOf(c.get("purchaserCode").toString()), "/contracts/" + id + "/amendments",
                        "\"0\"", body, other,
                        () -> count(dataSource,
                                "select count(*) from contract_terms where contract_id = ? and version > 1", id));
            }
            case PAYMENT -> {
                StoredContracts.Contract contract = StoredContracts.contract(ContractStatus.ACTIVE, "1000.00");
                yield new Endpoint(StoredContracts.officerOf(contract), contract.path() + "/payments", null,
                        plannedInstalment("SIGNING", "100.00"), plannedInstalment("SIGNING", "200.00"),
                        () -> count(dataSource,
                                "select count(*) from contract_payment where contract_id = ?", contract.id()));
            }
            case EVALUATION -> {
                StoredContracts.Contract contract = StoredContracts.contract(ContractStatus.ACTIVE, "1000.00");
                yield new Endpoint(StoredContracts.officerOf(contract), contract.path() + "/evaluations", null,
                        evaluation(today(), fiveAt("85"), null), evaluation(today(), fiveAt("95"), null),
                        () -> count(dataSource,
                                "select count(*) from contract_evaluation where contract_id = ?", contract.id()));
            }
        };
    }

    private static ValidatableResponse post(Endpoint endpoint, String key, Map<String, Object> body) {
        RequestSpecification request = given().auth().oauth2(endpoint.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body);
        if (endpoint.ifMatch() != null) {
            request.header("If-Match", endpoint.ifMatch());
        }
        return request.when().post(endpoint.path()).then();
    }
}
