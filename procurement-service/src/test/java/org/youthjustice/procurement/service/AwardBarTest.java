package org.youthjustice.procurement.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import io.restassured.http.ContentType;
import org.youthjustice.procurement.ContractFixtures;
import org.youthjustice.procurement.StoredContracts.Contract;
import org.youthjustice.procurement.domain.ContractStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.procurement.StoredContracts.contract;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.drafted;
import static org.youthjustice.procurement.ContractFixtures.etagOf;
import static org.youthjustice.procurement.ContractFixtures.freshCreditCode;
import static org.youthjustice.procurement.ContractFixtures.freshDepartment;
import static org.youthjustice.procurement.StoredContracts.officerOf;
import static org.youthjustice.procurement.ContractCalls.evaluate;
import static org.youthjustice.procurement.ContractCalls.today;

@QuarkusTest
class AwardBarTest {

    @Inject
    AwardBar bar;

    @Test
    void anUnqualifiedEvaluationOnAnyContractBarsTheProviderNamingTheEvaluationAndTheEnd() {
        String provider = freshCreditCode();
        Contract good = contract(ContractStatus.ACTIVE, "1000.00", provider);
        Contract poor = contract(ContractStatus.CLOSED, "1000.00", provider);
        evaluate(good, officerOf(good), today(), "88", null).statusCode(201);
        assertDoesNotThrow(() -> bar.refuseIfBarred(provider), "a good rating bars nothing");

        LocalDate on = LocalDate.parse(today()).minusDays(30);
        String evaluation = evaluate(poor, officerOf(poor), on.toString(), "45", "Replace the team leader")
                .statusCode(201).extract().path("id");

        ProblemException refused = assertThrows(ProblemException.class, () -> bar.refuseIfBarred(provider));
        assertEquals(422, refused.status());
        assertEquals(List.of("providerCode"), refused.errors().stream().map(FieldError::field).toList());
        assertTrue(refused.detail().contains(evaluation), refused.detail());
        assertTrue(refused.detail().contains(on.plusYears(2).toString()), refused.detail());
        assertEquals(evaluation, refused.extensions().get("evaluationId"));
        assertDoesNotThrow(() -> bar.refuseIfBarred(freshCreditCode()), "another provider is not barred");
    }

    @Test
    void aBarredProviderIsNotAwardedAContractAndTheDraftStaysAsItWas() {
        String provider = freshCreditCode();
        Contract poor = contract(ContractStatus.CLOSED, "1000.00", provider);
        String evaluation = evaluate(poor, officerOf(poor), today(), "40", "Replace the team leader")
                .statusCode(201).extract().path("id");
        Map<String, Object> draft = ContractFixtures.contract(freshDepartment(), provider);
        String id = drafted(draft);

        given().auth().oauth2(admin()).header("If-Match", etagOf(id)).contentType(ContentType.JSON)
                .body(Map.of("to", "AWARDED", "reason", "Best offer"))
                .when().post("/contracts/" + id + "/transitions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("providerCode"))
                .body("evaluationId", equalTo(evaluation));

        given().auth().oauth2(admin()).when().get("/contracts/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
    }

    @Test
    void theBarEndsOnItsLastDayAndALaterQualifiedRatingDoesNotLiftIt() {
        String expired = freshCreditCode();
        Contract old = contract(ContractStatus.CLOSED, "1000.00", expired);
        LocalDate today = LocalDate.parse(today());
        evaluate(old, officerOf(old), today.minusYears(2).toString(), "30", "Plan").statusCode(201)
                .body("barredUntil", equalTo(today.toString()));
        assertDoesNotThrow(() -> bar.refuseIfBarred(expired), "barred until today: free from today");

        String barred = freshCreditCode();
        Contract recent = contract(ContractStatus.ACTIVE, "1000.00", barred);
        evaluate(recent, officerOf(recent), today.minusYears(2).plusDays(1).toString(), "30", "Plan")
                .statusCode(201);
        evaluate(recent, officerOf(recent), today.toString(), "95", null).statusCode(201);
        ProblemException refused = assertThrows(ProblemException.class, () -> bar.refuseIfBarred(barred));
        assertTrue(refused.detail().contains(today.plusDays(1).toString()), refused.detail());
    }
}
