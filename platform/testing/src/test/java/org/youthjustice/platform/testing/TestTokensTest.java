package org.youthjustice.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tokensCarryKeycloakShapedClaimsAndVerifyAgainstThePublishedKey() throws Exception {
        String issuer = new OidcResource().start().get("quarkus.oidc.auth-server-url");
        JsonNode discovery = get(issuer + "/.well-known/openid-configuration");
        assertEquals(issuer, discovery.get("issuer").asText());
        PublicKey key = publishedKey(get(discovery.get("jwks_uri").asText()));

        String token = TestTokens.user("sw.li").roles("social-worker").claim("worker_id", "W0001").token();

        JsonNode claims = payload(token);
        assertEquals(issuer, claims.get("iss").asText());
        assertEquals("sw.li", claims.get("preferred_username").asText());
        assertEquals("social-worker", claims.at("/realm_access/roles/0").asText());
        assertEquals("W0001", claims.get("worker_id").asText());
        assertEquals(TestTokens.REALM_AUDIENCE.size(), claims.get("aud").size(), "the realm's audiences by default");
        assertTrue(verifies(token, key));
        assertFalse(verifies(TestTokens.user("sw.li").roles("admin").forged().token(), key),
                "a forged token does not verify against the issuer's key");
    }

    @Test
    void machineClientsHaveNoUsername() throws Exception {
        JsonNode claims = payload(TestTokens.client("partner-court-gz").roles("court-officer").token());
        assertEquals("partner-court-gz", claims.get("azp").asText());
        assertFalse(claims.has("preferred_username"));
        assertFalse(payload(TestTokens.client("x").audience().token()).has("aud"));
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static PublicKey publishedKey(JsonNode jwks) throws Exception {
        JsonNode jwk = jwks.get("keys").get(0);
        assertEquals(OidcTestServer.KEY_ID, jwk.get("kid").asText());
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e").asText()))));
    }

    private static JsonNode payload(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static boolean verifies(String token, PublicKey key) throws Exception {
        String[] parts = token.split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
