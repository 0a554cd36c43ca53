package org.youthjustice.platform.caller;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;

/** A verified token is not verified again while it lives, and whatever the cache holds keeps every check. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RememberedTokensTest {

    private static final String ISSUER = "https://server.example.com";
    private static final String AUDIENCE = "https://service.example.com";

    @Inject
    VerifiedTokens verified;

    @Test
    void aRememberedTokenGivesTheSameCallerAsItsVerification() {
        String token = Jwt.issuer(ISSUER).subject("sup-wang").audience(AUDIENCE).preferredUserName("sup.wang")
                .groups(Roles.AGENCY_SUPERVISOR).claim(Caller.AGENCY_ID, "A-01").sign();

        given().auth().oauth2(token).when().get("/caller").then().statusCode(200).body("username", equalTo("sup.wang"));
        assertTrue(verified.find(token).isPresent(), "kept after its verification");

        given().auth().oauth2(token).when().get("/caller").then().statusCode(200)
                .body("subject", equalTo("sup-wang"))
                .body("username", equalTo("sup.wang"))
                .body("roles", containsInAnyOrder(Roles.AGENCY_SUPERVISOR))
                .body("agencyId", equalTo("A-01"));
        given().auth().oauth2(token).when().get("/caller/admin").then().statusCode(403);
    }

    @Test
    void aRememberedTokenIsNotVerifiedAgain() {
        String token = Jwt.issuer(ISSUER).subject("sw-li").audience(AUDIENCE).groups(Roles.SOCIAL_WORKER).sign();
        given().auth().oauth2(token).when().get("/caller/admin").then().statusCode(403);
        SecurityIdentity verification = verified.find(token).orElseThrow();

        // what the cache holds is what the next request gets: here a role that no verification of this token gives
        SecurityIdentity planted = QuarkusSecurityIdentity.builder(verification).addRole(Roles.ADMIN).build();
        verified.remember(token, planted, Instant.now().plusSeconds(60).getEpochSecond());

        given().auth().oauth2(token).when().get("/caller/admin").then().statusCode(200);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        Instant expiry = Instant.ofEpochSecond(Instant.now().plusSeconds(3).getEpochSecond());
        String token = Jwt.issuer(ISSUER).subject("sw-li").audience(AUDIENCE).groups(Roles.SOCIAL_WORKER)
                .expiresAt(expiry.getEpochSecond()).sign();

        given().auth().oauth2(token).when().get("/caller").then().statusCode(200);
        assertTrue(verified.find(token).isPresent());

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/caller").then().statusCode(401));
        assertTrue(!Instant.now().isBefore(expiry), "refused only once expired");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        String otherAudience = Jwt.issuer(ISSUER).subject("someone").audience("https://other.example.com")
                .groups(Roles.ADMIN).sign();
        String withoutAudience = Jwt.issuer(ISSUER).subject("someone").groups(Roles.ADMIN).sign();

        for (String token : new String[] {otherAudience, withoutAudience}) {
            given().auth().oauth2(token).when().get("/caller").then().statusCode(401);
            assertTrue(verified.find(token).isEmpty());
            given().auth().oauth2(token).when().get("/caller").then().statusCode(401);
        }
    }
}
