package org.youthjustice.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The access token of a partner system from Keycloak's client-credentials grant (e.g. {@code partner-court-gz} with
 * its local demo secret from deploy/keycloak/youth-justice-realm.json), reused for a minute like
 * {@link KeycloakTokens}' so that a long run never sends an expired one.
 */
final class ClientCredentialsToken {

    private static final Duration REUSE = Duration.ofMinutes(1);

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String secret;
    private String token;
    private long fetchedNanos;

    ClientCredentialsToken(HttpClient http, String tokenUrl, String clientId, String secret) {
        this.http = http;
        this.tokenEndpoint = URI.create(tokenUrl);
        this.clientId = clientId;
        this.secret = secret;
    }

    String clientId() {
        return clientId;
    }

    synchronized String bearer() {
        long now = System.nanoTime();
        if (token == null || now - fetchedNanos > REUSE.toNanos()) {
            token = fetch();
            fetchedNanos = now;
        }
        return token;
    }

    private String fetch() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return KeycloakTokens.request(http, tokenEndpoint, form, "client " + clientId, "");
    }
}
