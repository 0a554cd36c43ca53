package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.PortSetting;
import org.youthjustice.local.SuiteSettings;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 11, item 4: a token names only the services its client calls (deploy/keycloak/README.md, "Audiences"), and a
 * service refuses, with 401, a realm token that does not name it, whether called directly or through the gateway.
 */
@ExtendWith(RunningSuite.class)
class AudienceIT {

    private static final Map<String, Object> ESTIMATE = Map.of("expectedClients", 10, "periodStart", "2027-01-01",
            "periodEnd", "2028-01-01");

    private static SuiteSettings suite;
    private static String partnerCourt;

    @BeforeAll
    static void tokens(SuiteSettings settings) {
        suite = settings;
        partnerCourt = Keycloak.tokenOfClient(settings, "partner-court-gz", "local-demo-secret-partner-court-gz");
    }

    @Test
    void aPartnerCourtsTokenNamesTheGatewayAndTheThreeServicesItCalls() throws IOException {
        assertEquals(Set.of("gateway", "case-service", "worker-service", "notification-service"),
                audiences(partnerCourt));
        assertEquals(Set.of("gateway", "case-service", "worker-service", "procurement-service",
                "notification-service"), audiences(Keycloak.tokenOf(suite, "proc.huang")));
    }

    @Test
    void theServicesAPartnerCourtDoesNotCallRefuseItsToken() {
        partner(PortSetting.PROCUREMENT_SERVICE).contentType(ContentType.JSON).body(ESTIMATE)
                .post("/cost-estimates").then().statusCode(401);
        partner(PortSetting.GATEWAY).contentType(ContentType.JSON).body(ESTIMATE)
                .post("/api/cost-estimates").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theServicesAPartnerCourtCallsTakeItsToken() {
        partner(PortSetting.CASE_SERVICE).get("/regions?level=CITY").then().statusCode(200);
        partner(PortSetting.GATEWAY).get("/api/regions?level=CITY").then().statusCode(200);
        partner(PortSetting.WORKER_SERVICE).get("/agencies").then().statusCode(200);
        partner(PortSetting.GATEWAY).get("/api/webhooks").then().statusCode(200);
        // its webhooks, not an inbox: the token is taken, the role is not
        partner(PortSetting.NOTIFICATION_SERVICE).get("/notifications").then().statusCode(403);
    }

    private static RequestSpecification partner(PortSetting endpoint) {
        return given().baseUri(suite.url(endpoint)).auth().oauth2(partnerCourt);
    }

    private static Set<String> audiences(String token) throws IOException {
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        Set<String> audiences = new TreeSet<>();
        claims.path("aud").forEach(audience -> audiences.add(audience.asText()));
        return audiences;
    }
}
