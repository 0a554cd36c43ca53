package org.youthjustice.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.SuiteSettings;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each service through the gateway with real Keycloak tokens: the allowed role gets its answer, another role
 * 403, no token 401, a forged token 401; all refusals as problem+json of the project's problem types.
 */
@ExtendWith(RunningSuite.class)
class AccessThroughGatewayIT {

    private static final String PROBLEMS = "https://youthjustice.org/problems/";

    private static SuiteSettings suite;
    private static String forged;

    @BeforeAll
    static void suite(SuiteSettings settings) throws Exception {
        suite = settings;
        forged = Keycloak.forged(settings);
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(suite.gatewayUrl()).auth().oauth2(Keycloak.tokenOf(suite, user));
    }

    private static RequestSpecification anonymous() {
        return given().baseUri(suite.gatewayUrl());
    }

    @Test
    void caseService() {
        as("sw.li").get("/api/regions/440104").then().statusCode(200).body("nameEn", equalTo("Yuexiu District"));
        refusals("GET", "/api/regions", "auditor.sun", null);
    }

    @Test
    void aPartnerSystemReachesWhatItsRoleAllowsOnly() {
        RequestSpecification court = given().baseUri(suite.gatewayUrl())
                .auth().oauth2(Keycloak.tokenOfClient(suite, "partner-court-gz", "local-demo-secret-partner-court-gz"));
        court.get("/api/regions?level=CITY").then().statusCode(200).body("total", equalTo(5));
        court.get("/api/agencies").then().statusCode(200);
        // notification-service takes its token for webhooks, but a machine has no inbox
        court.get("/api/webhooks").then().statusCode(200);
        court.get("/api/notifications").then().statusCode(403).contentType("application/problem+json");
        // its token does not name procurement-service (AudienceIT): refused before any role
        court.contentType(ContentType.JSON)
                .body(Map.of("expectedClients", 10, "periodStart", "2027-01-01", "periodEnd", "2028-01-01"))
                .post("/api/cost-estimates").then().statusCode(401);
    }

    @Test
    void workerService() {
        as("proc.huang").get("/api/agencies/52440100MJL123454L").then().statusCode(200)
                .body("creditCode", equalTo("52440100MJL123454L"));
        refusals("GET", "/api/agencies", "auditor.sun", null);
        refusals("POST", "/api/agencies", "sw.li",
                Map.of("creditCode", "52440100MJL6789007", "name", "Refused Centre", "region", "440100"));
    }

    @Test
    void procurementService() {
        Map<String, Object> estimate = Map.of("expectedClients", 120, "periodStart", "2027-01-01", "periodEnd", "2028-01-01");
        as("proc.huang").contentType(ContentType.JSON).body(estimate).post("/api/cost-estimates")
                .then().statusCode(201).body("fundedPosts", equalTo(6));
        refusals("POST", "/api/cost-estimates", "sw.li", estimate);
    }

    @Test
    void notificationService() {
        as("proc.huang").get("/api/notifications").then().statusCode(200);
        refusals("GET", "/api/notifications", "auditor.sun", null);
    }

    // The 403 is the service's, the 401s the gateway's: one vocabulary of problem types whoever answers.
    private static void refusals(String method, String path, String refusedUser, Object body) {
        send(as(refusedUser), method, path, body).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "access-denied"));
        send(anonymous(), method, path, body).then().statusCode(401)
                .body("type", equalTo(PROBLEMS + "authentication-required"));
        send(anonymous().auth().oauth2(forged), method, path, body).then().statusCode(401)
                .body("type", equalTo(PROBLEMS + "authentication-required"));
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path, Object body) {
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }
}
