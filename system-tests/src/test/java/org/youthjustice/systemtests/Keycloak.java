package org.youthjustice.systemtests;

import io.restassured.RestAssured;
import org.youthjustice.local.SuiteSettings;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Real tokens from the suite's Keycloak, and a forged one for comparison. */
final class Keycloak {

    private Keycloak() {
    }

    /** A demo user's access token (password grant of the local-only {@code cli} client; every password is demo). */
    static String tokenOf(SuiteSettings suite, String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "cli")
                .formParam("username", username)
                .formParam("password", "demo")
                .when().post(suite.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A partner system's access token (client credentials, local demo secret). */
    static String tokenOfClient(SuiteSettings suite, String clientId, String secret) {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(suite.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /**
     * A token that claims to come from the realm, with the admin role, but is signed with a key the realm never
     * had: what a forger would send.
     */
    static String forged(SuiteSettings suite) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        long now = Instant.now().getEpochSecond();
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}");
        String payload = base64(("{\"iss\":\"%s\",\"sub\":\"%s\",\"azp\":\"cli\",\"typ\":\"Bearer\",\"iat\":%d,"
                + "\"exp\":%d,\"preferred_username\":\"admin.ops\",\"realm_access\":{\"roles\":[\"admin\","
                + "\"procurement-officer\",\"social-worker\"]}}")
                .formatted(suite.realmUrl(), new BigInteger(64, new java.security.SecureRandom()), now, now + 300));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
