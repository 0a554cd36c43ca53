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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the local realm's demo users, from the {@code cli} client's password grant (as deploy/local's
 * DemoData gets them). Tokens live 5 minutes there; each is renewed in the background after a minute
 * ({@link RenewedToken}) so that a long run never sends an expired one and no request waits for Keycloak.
 */
public final class KeycloakTokens {

    /** The password of every demo user of the local realm: a local demo credential only. */
    private static final String DEMO_PASSWORD = "demo";

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final Map<String, RenewedToken> tokens = new ConcurrentHashMap<>();

    public KeycloakTokens(HttpClient http, String tokenUrl) {
        this.http = http;
        this.tokenEndpoint = URI.create(tokenUrl);
    }

    public String bearer(String user) {
        return tokens.computeIfAbsent(user, who -> new RenewedToken(() -> fetch(who))).bearer();
    }

    private String fetch(String user) {
        String form = "grant_type=password&client_id=cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + DEMO_PASSWORD;
        return request(http, tokenEndpoint, form, user, "; is the local realm imported?");
    }

    /**
     * The access token Keycloak's token endpoint answers to {@code form} (a grant), for {@code who} in the errors:
     * shared by the users' password grant and the partner systems' client-credentials grant.
     */
    static String request(HttpClient http, URI tokenEndpoint, String form, String who, String hint) {
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + " (" + response.statusCode()
                        + ")" + hint);
            }
            JsonNode accessToken = ApiClient.JSON.readTree(response.body()).path("access_token");
            if (!accessToken.isTextual()) {
                throw new IllegalStateException("Keycloak's token response for " + who + " has no access_token");
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
