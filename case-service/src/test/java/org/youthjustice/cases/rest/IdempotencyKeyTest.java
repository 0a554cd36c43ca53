package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.platform.testing.IdempotentAnswers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.appointed;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.activeCaseLedBy;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.platform.testing.SqlRows.count;
import static org.youthjustice.cases.rest.RiskAssessmentTest.assessment;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;
import static org.youthjustice.cases.rest.ServiceRecordTest.service;
import static org.youthjustice.cases.rest.VisitTest.visit;

/**
 * Every creating POST of the service honours Idempotency-Key (platform-idempotency): the same key and body answer
 * the first answer (status, body, Location, ETag) and create nothing more; the key with another body answers 409;
 * an invalid key 400 naming the header. Nothing is created by a refusal.
 */
@QuarkusTest
class IdempotencyKeyTest {

    enum Creation { REFERRAL, VISIT, SERVICE_RECORD, RISK_ASSESSMENT, HEARING }

    /** A creating POST, a body for it, another body, and how many records it created. */
    record Endpoint(String token, String path, Map<String, Object> body, Map<String, Object> otherBody,
                    LongSupplier created) {
    }

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

        post(endpoint, "not a key", endpoint.body()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertEquals(0, endpoint.created().getAsLong());
    }

    private Endpoint endpoint(Creation creation) {
        String office = freshOffice();
        return switch (creation) {
            case REFERRAL -> new Endpoint(courtOfficer(freshCourt()), "/cases", correction(office), correction(office),
                    () -> given().auth().oauth2(admin()).queryParam("office", office).when().get("/cases")
                            .then().statusCode(200).extract().jsonPath().getLong("total"));
            case VISIT -> {
                String reference = activeCaseLedByLead(dataSource, office);
                Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
                yield new Endpoint(socialWorker(), "/cases/" + reference + "/visits", visit(at, "HOME"),
                        visit(at.minus(1, ChronoUnit.HOURS), "HOME"), () -> count(dataSource, "select count(*) from "
                        + "case_visit v join juvenile_case c on c.id = v.case_id where c.reference = ? and "
                        + "v.status = 'COMPLETED'", reference));
            }
            case SERVICE_RECORD -> {
                String reference = activeCaseLedByLead(dataSource, office);
                yield new Endpoint(socialWorker(), "/cases/" + reference + "/services",
                        service("EDUCATION", 60, today().toString()), service("EDUCATION", 90, today().toString()),
                        () -> count(dataSource, "select count(*) from service_record s join juvenile_case c "
                                + "on c.id = s.case_id where c.reference = ?", reference));
            }
            case RISK_ASSESSMENT -> {
                String reference = activeCaseLedByLead(dataSource, office);
                yield new Endpoint(socialWorker(), "/cases/" + reference + "/risk-assessments",
                        assessment("HIGH", "FAMILY_CONFLICT", "DELINQUENT_PEERS"), assessment("LOW"),
                        () -> count(dataSource, "select count(*) from risk_assessment r join juvenile_case c "
                                + "on c.id = r.case_id where c.reference = ?", reference));
            }
            case HEARING -> {
                String court = freshCourt();
                String reference = activeCaseLedBy(dataSource, court, office, correction(office), "W0001");
                appointed(court, "W0107", "W0108");
                Instant at = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
                yield new Endpoint(courtOfficer(court), "/cases/" + reference + "/hearings",
                        Map.of("courtCode", court, "scheduledAt", at.toString(),
                                "assessorWorkerIds", List.of("W0108", "W0107")),
                        Map.of("courtCode", court, "scheduledAt", at.plusSeconds(3600).toString(),
                                "assessorWorkerIds", List.of("W0107")),
                        () -> count(dataSource, "select count(*) from case_hearing h join juvenile_case c "
                                + "on c.id = h.case_id where c.reference = ?", reference));
            }
        };
    }

    private static ValidatableResponse post(Endpoint endpoint, String key, Map<String, Object> body) {
        return given().auth().oauth2(endpoint.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(endpoint.path()).then();
    }
}
