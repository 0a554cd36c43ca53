package org.youthjustice.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SecurityProblemsTest {

    private static final String ISSUER = "https://server.example.com";

    @Test
    void missingTokenIsUnauthorized() {
        ProblemResponsesTest.isProblem(given().when().get("/probe/secured").then(), 401, "authentication-required")
                .header("WWW-Authenticate", "Bearer")
                .body("instance", equalTo("/probe/secured"));
    }

    @Test
    void forgedTokenIsUnauthorized() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.preferredUserName("mallory").groups("admin").issuer(ISSUER)
                .sign(generator.generateKeyPair().getPrivate());
        ProblemResponsesTest.isProblem(given().auth().oauth2(forged).when().get("/probe/secured").then(), 401,
                "authentication-required");
    }

    @Test
    void garbageTokenIsUnauthorized() {
        ProblemResponsesTest.isProblem(given().auth().oauth2("not-a-token").when().get("/probe/secured").then(),
                401, "authentication-required");
    }

    @Test
    void refusedRoleIsForbidden() {
        String token = Jwt.preferredUserName("alice").groups("social-worker").issuer(ISSUER).sign();
        ProblemResponsesTest.isProblem(given().auth().oauth2(token).when().get("/probe/secured").then(), 403,
                "access-denied");
    }

    @Test
    void allowedRoleGetsThrough() {
        String token = Jwt.preferredUserName("admin").groups("admin").issuer(ISSUER).sign();
        given().auth().oauth2(token).when().get("/probe/secured").then().statusCode(200).body(equalTo("granted"));
    }

    @Test
    void jarShipsTheDefaultsProblemAnswersDependOn() {
        var config = ConfigProvider.getConfig();
        assertEquals(Boolean.FALSE, config.getValue("quarkus.http.auth.proactive", Boolean.class));
        assertEquals(Boolean.TRUE, config.getValue("quarkus.jackson.fail-on-unknown-properties", Boolean.class));
    }
}
