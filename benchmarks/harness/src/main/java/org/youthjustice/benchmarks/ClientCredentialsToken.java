package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a client-credentials token for " + clientId + " ("
                        + response.statusCode() + ")");
            }
            JsonNode accessToken = ApiClient.JSON.readTree(response.body()).path("access_token");
            if (!accessToken.isTextual()) {
                throw new IllegalStateException("Keycloak's token response for " + clientId + " has no access_token");
            }
            return accessToken.asText();
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach Keycloak at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while getting a token", e);
        }
    }
}
