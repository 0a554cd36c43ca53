package org.youthjustice.procurement.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class CostEstimateResourceTest {

    private static String officer() {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", "DP-4401-JUSTICE").token();
    }

    @Test
    void anOfficerGetsPostsAndBudgetWithTheGuangzhouDefaultsAndCanReadItBack() {
        String location = given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("expectedClients", 130, "periodStart", "2027-01-01", "periodEnd", "2029-01-01"))
                .when().post("/cost-estimates")
                .then().statusCode(201)
                .body("clientRatio", equalTo(20))
                .body("fundedPosts", equalTo(7))
                .body("months", equalTo(24))
                .body("budget", equalTo(1400000.00f))
                .extract().header("Location");

        given().auth().oauth2(officer()).when().get(location).then().statusCode(200).body("fundedPosts", equalTo(7));
    }

    @Test
    void invalidInputNamesTheFields() {
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("expectedClients", 0, "clientRatio", 20, "periodStart", "2027-01-01"))
                .when().post("/cost-estimates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("expectedClients"))
                .body("errors.field", hasItem("periodEnd"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("{\"expectedClients\": 10, \"periodStart\": \"2027-13-01\", \"periodEnd\": \"2028-01-01\"}")
                .when().post("/cost-estimates")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body("{\"expectedClients\": 10,")
                .when().post("/cost-estimates")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPeriodOfUnderAMonthIsADomainRefusal() {
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(Map.of("expectedClients", 10, "periodStart", "2027-01-01", "periodEnd", "2027-01-15"))
                .when().post("/cost-estimates")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("periodEnd"));
    }

    @Test
    void socialWorkersAnonymousAndForgedTokensAreRefused() {
        Map<String, Object> body = Map.of("expectedClients", 10, "periodStart", "2027-01-01", "periodEnd", "2028-01-01");
        given().auth().oauth2(TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).token()).contentType(ContentType.JSON)
                .body(body).when().post("/cost-estimates").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().post("/cost-estimates").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).forged().token())
                .contentType(ContentType.JSON).body(body).when().post("/cost-estimates").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).audience("case-service").token())
                .contentType(ContentType.JSON).body(body).when().post("/cost-estimates").then().statusCode(401);
    }
}
