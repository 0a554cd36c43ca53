package org.youthjustice.procurement.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.procurement.domain.CostEstimate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The platform's strict reading of input (platform-problem) applies to this service: a body that Jackson would
 * have guessed at, or that would have failed as a 500, is refused with 400 and the field named, and nothing is kept.
 */
@QuarkusTest
class CostEstimateStrictInputTest {

    private static String officer() {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", "DP-4401-JUSTICE")
                .token();
    }

    private static void refused(String body, String field, String code) {
        long kept = estimatesKept();
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body(body)
                .when().post("/cost-estimates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(code));
        assertEquals(kept, estimatesKept(), "a refused request keeps no estimate");
    }

    private static long estimatesKept() {
        // a lambda: the method reference CostEstimate::count would bind to Panache's base class, not the entity
        return QuarkusTransaction.requiringNew().call(() -> CostEstimate.count());
    }

    @Test
    void aRepeatedMemberIsRefusedNotAFailure() {
        refused("""
                {"expectedClients": 120, "clientRatio": 20, "unitCostPerPostYear": 100000,
                 "periodStart": "2027-01-01", "periodEnd": "2028-01-01", "expectedClients": 12000}
                """, "expectedClients", "duplicate");
    }

    @Test
    void numbersAndDatesAreNotGuessed() {
        refused("{\"expectedClients\": 120.5, \"periodStart\": \"2027-01-01\", \"periodEnd\": \"2028-01-01\"}",
                "expectedClients", "type");
        refused("{\"expectedClients\": \"120\", \"periodStart\": \"2027-01-01\", \"periodEnd\": \"2028-01-01\"}",
                "expectedClients", "type");
        refused("{\"expectedClients\": 120, \"periodStart\": \"2027-01-01\", \"periodEnd\": 21000}",
                "periodEnd", "type");
        refused("{\"expectedClients\": 120, \"periodStart\": \"2027-01-01T00:00:00Z\", \"periodEnd\": \"2028-01-01\"}",
                "periodStart", "type");
    }

    @Test
    void datesOutsideTheAcceptedYearsAreRefused() {
        refused("{\"expectedClients\": 120, \"periodStart\": \"1899-01-01\", \"periodEnd\": \"1899-07-01\"}",
                "periodStart", "range");
    }
}
