package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.net.URL;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.TestTokens;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Only a token of the realm, meant for the gateway and still valid, gets a request past the gateway. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(OidcResource.class)
class GatewayTokenTest {

    /** The gateway's management interface, whose root is /q/. */
    @TestHTTPResource(value = "", management = true)
    URL management;

    @Inject
    GatewayConfig config;

    private WireMock cases;

    @BeforeEach
    void resetUpstream() {
        var url = config.routes().get("case").url();
        cases = new WireMock(url.getHost(), url.getPort());
        cases.resetMappings();
        cases.resetRequests();
        cases.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("[]")));
    }

    static java.util.stream.Stream<String> badAuthorizations() {
        return java.util.stream.Stream.of(
                "Bearer " + TestTokens.user("sw.li").audience("gateway").expired().token(),
                "Bearer " + TestTokens.user("sw.li").audience("gateway").forged().token(),
                "Bearer " + TestTokens.user("sw.li").audience("gateway").issuedBy("http://127.0.0.1:1/realms/elsewhere").token(),
                "Bearer " + TestTokens.user("sw.li").audience("worker-service").token(),
                "Bearer " + tokenWithoutAudience(),
                "Bearer " + unsignedToken(),
                "Bearer not-a-jwt",
                "Basic c3cubGk6ZGVtbw==");
    }

    @ParameterizedTest
    @MethodSource("badAuthorizations")
    void aBadTokenIsRefusedAndNeverForwarded(String authorization) {
        given().header("Authorization", authorization)
                .when().get("/api/cases")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/authentication-required"))
                .body("title", equalTo("Authentication required"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/cases"));

        cases.verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void noTokenIsRefusedAndNeverForwarded() {
        given().when().get("/api/cases/GZ-2026-000123")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/authentication-required"))
                .body("status", equalTo(401));

        cases.verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aValidTokenIsForwardedUnchangedWhateverItsRoles() {
        String token = TestTokens.client("partner-court-gz").audience("gateway", "case-service").token();

        given().header("Authorization", "Bearer " + token)
                .when().get("/api/cases")
                .then().statusCode(200);

        cases.verifyThat(1, getRequestedFor(urlEqualTo("/cases"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().when().get(management + "health/live").then().statusCode(200);
        given().when().get(management + "metrics").then().statusCode(200);
    }

    /** Signed by the realm's key, but for no audience at all (TestTokens always sets one). */
    private static String tokenWithoutAudience() {
        TestTokens.issuer();
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(System.getProperty("yjs.test.oidc.private-key"))));
            return Jwt.issuer(TestTokens.issuer()).subject("someone").claim("azp", "cli").expiresIn(300)
                    .jws().keyId("yjs-test-key").sign(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an attacker sends hoping the verifier trusts the header: {@code alg: none} and no signature. */
    private static String unsignedToken() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = Instant.now().getEpochSecond();
        String claims = """
                {"iss":"%s","sub":"attacker","aud":"gateway","azp":"cli","iat":%d,"exp":%d}"""
                .formatted(TestTokens.issuer(), now, now + 300);
        return header + "." + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
