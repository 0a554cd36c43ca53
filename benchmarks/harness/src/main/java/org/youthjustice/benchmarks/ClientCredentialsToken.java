package org.youthjustice.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

/**
 * The access token of a partner system from Keycloak's client-credentials grant (e.g. {@code partner-court-gz} with
 * its local demo secret from deploy/keycloak/youth-justice-realm.json), renewed in the background like
 * {@link KeycloakTokens}' ({@link RenewedToken}) so that a long run never sends an expired one.
 */
final class ClientCredentialsToken {

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String secret;
    private final RenewedToken token = new RenewedToken(this::fetch);

    ClientCredentialsToken(HttpClient http, String tokenUrl, String clientId, String secret) {
        this.http = http;
        this.tokenEndpoint = URI.create(tokenUrl);
        this.clientId = clientId;
        this.secret = secret;
    }

    String clientId() {
        return clientId;
    }

    String bearer() {
        return token.bearer();
    }

    private String fetch() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return KeycloakTokens.request(http, tokenEndpoint, form, "client " + clientId, "");
    }
}
