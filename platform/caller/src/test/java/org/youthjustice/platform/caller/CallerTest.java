package org.youthjustice.platform.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CallerTest {

    private static final String ISSUER = "https://server.example.com";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** The service's audience in this test (quarkus.oidc.token.audience of the test configuration). */
    private static final String AUDIENCE = "https://service.example.com";

    private static JwtClaimsBuilder token(String subject) {
        return Jwt.issuer(ISSUER).subject(subject).audience(AUDIENCE);
    }

    @Test
    void socialWorkerSeesOwnClaimsAndRoles() {
        String token = token("5f0c-sw-li").preferredUserName("sw.li").claim("azp", "mobile-app")
                .groups(Roles.SOCIAL_WORKER).claim(Caller.WORKER_ID, "W-0001").claim(Caller.AGENCY_ID, "A-01")
                .sign();
        given().auth().oauth2(token).when().get("/caller").then().statusCode(200)
                .body("subject", equalTo("5f0c-sw-li"))
                .body("username", equalTo("sw.li"))
                .body("clientId", equalTo("mobile-app"))
                .body("roles", containsInAnyOrder(Roles.SOCIAL_WORKER))
                .body("supervisesOrJudges", equalTo(false))
                .body("admin", equalTo(false))
                .body("workerId", equalTo("W-0001"))
                .body("agencyId", equalTo("A-01"))
                .body("officeCode", nullValue())
                .body("courtCode", nullValue())
                .body("departmentCode", nullValue());
    }

    @Test
    void keycloakRealmRolesAreRead() {
        String token = token("jo-zhao").preferredUserName("jo.zhao")
                .claim("realm_access", Map.of("roles", List.of(Roles.JUDICIAL_OFFICER, Roles.AUDITOR)))
                .claim(Caller.OFFICE_CODE, "440103-SFS-01").claim(Caller.DEPARTMENT_CODE, "GZ-JB").sign();
        given().auth().oauth2(token).when().get("/caller").then().statusCode(200)
                .body("roles", containsInAnyOrder(Roles.JUDICIAL_OFFICER, Roles.AUDITOR))
                .body("supervisesOrJudges", equalTo(true))
                .body("officeCode", equalTo("440103-SFS-01"))
                .body("departmentCode", equalTo("GZ-JB"));
    }

    @Test
    void machineClientHasNoUsername() {
        String token = token("service-account-partner-court-gz").claim("azp", "partner-court-gz")
                .groups(Set.of(Roles.COURT_OFFICER, Roles.PARTNER_SYSTEM)).claim(Caller.COURT_CODE, List.of("GZ-YX"))
                .sign();
        given().auth().oauth2(token).when().get("/caller").then().statusCode(200)
                .body("username", nullValue())
                .body("clientId", equalTo("partner-court-gz"))
                .body("roles", containsInAnyOrder(Roles.COURT_OFFICER, Roles.PARTNER_SYSTEM))
                .body("courtCode", equalTo("GZ-YX"));
    }

    @Test
    void numericScopeClaimIsReadAsText() {
        String token = token("sup-wang").groups(Roles.AGENCY_SUPERVISOR).claim(Caller.AGENCY_ID, 42).sign();
        given().auth().oauth2(token).when().get("/caller").then().statusCode(200)
                .body("agencyId", equalTo("42"));
    }

    @Test
    void allowedRoleGetsThroughAndOthersAreForbidden() {
        given().auth().oauth2(token("admin-ops").groups(Roles.ADMIN).sign())
                .when().get("/caller/admin").then().statusCode(200).body(equalTo("granted"));
        given().auth().oauth2(token("sw-chen").groups(Roles.SOCIAL_WORKER).sign())
                .when().get("/caller/admin").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/caller").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void forgedTokenIsUnauthorized() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token("mallory").groups(Roles.ADMIN).sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).when().get("/caller/admin").then().statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void tokenOfAnotherIssuerIsUnauthorized() {
        String token = Jwt.issuer("https://elsewhere.example.com").subject("x").groups(Roles.ADMIN).sign();
        given().auth().oauth2(token).when().get("/caller/admin").then().statusCode(401);
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        String token = Jwt.issuer(ISSUER).subject("x").audience("another-service").groups(Roles.ADMIN).sign();
        given().auth().oauth2(token).when().get("/caller/admin").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenWithoutAudienceIsUnauthorized() {
        String token = Jwt.issuer(ISSUER).subject("x").groups(Roles.ADMIN).sign();
        given().auth().oauth2(token).when().get("/caller/admin").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void anonymousCallerIsNotAuthenticatedAndHasNoSubject() {
        given().when().get("/caller/public").then().statusCode(200).body(equalTo("authenticated=false"));
        given().when().get("/caller/public-subject").then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(token("sw-li").groups(Roles.SOCIAL_WORKER).sign())
                .when().get("/caller/public").then().statusCode(200).body(equalTo("authenticated=true"));
    }
}
