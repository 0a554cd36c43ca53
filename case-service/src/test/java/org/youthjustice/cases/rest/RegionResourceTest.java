package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class RegionResourceTest {

    private static String worker() {
        return TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).claim("worker_id", "W0001").token();
    }

    @Test
    void theCitiesOfTheLetterCarryTheirReferencePrefixes() {
        given().auth().oauth2(worker()).queryParam("level", "CITY")
                .when().get("/regions")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.code", hasItems("440100", "440300", "441900", "442000", "440700"))
                .body("items.referencePrefix", hasItems("GZ", "SZ", "DG", "ZS", "JM"));
    }

    @Test
    void districtsAreFilteredByTheirCity() {
        given().auth().oauth2(TestTokens.client("partner-court-gz").roles(Roles.PARTNER_SYSTEM, Roles.COURT_OFFICER).token())
                .queryParam("parent", "440100").queryParam("size", 50)
                .when().get("/regions")
                .then().statusCode(200)
                .body("total", equalTo(11))
                .body("items.parentCode", everyItem(equalTo("440100")));
    }

    @Test
    void oneDivisionByCodeAndAnUnknownOneIsNotFound() {
        given().auth().oauth2(worker()).when().get("/regions/440104")
                .then().statusCode(200).body("nameZh", equalTo("越秀区")).body("parentCode", equalTo("440100"));
        given().auth().oauth2(worker()).when().get("/regions/110101")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void auditorsAnonymousForgedAndForeignAudienceTokensAreRefused() {
        given().auth().oauth2(TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token())
                .when().get("/regions").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/regions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).forged().token())
                .when().get("/regions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).audience("procurement-service").token())
                .when().get("/regions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void invalidFiltersAreClientErrors() {
        given().auth().oauth2(worker()).queryParam("parent", "44")
                .when().get("/regions")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItems("parent"));
        given().auth().oauth2(worker()).queryParam("level", "GALAXY")
                .when().get("/regions")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
