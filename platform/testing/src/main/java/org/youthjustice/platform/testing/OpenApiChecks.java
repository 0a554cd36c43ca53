package org.youthjustice.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks of a service's published OpenAPI document that every service wants: each operation names a security
 * scheme that the document defines, and documents the 401 and 403 answers; so partner developers see which token
 * each operation needs. Every 4xx and 5xx answer is documented as {@code application/problem+json}, as every
 * service sends it (platform-problem).
 */
public final class OpenApiChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    private OpenApiChecks() {
    }

    /**
     * The operations ({@code GET /regions}) of the document at {@code baseUrl + /q/openapi} that break the rules,
     * each with the reason; empty when all is well.
     */
    public static List<String> violations(String baseUrl) {
        JsonNode document = fetch(URI.create(baseUrl.replaceAll("/$", "") + "/q/openapi?format=json"));
        JsonNode schemes = document.path("components").path("securitySchemes");
        List<String> violations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode security = op.getValue().path("security");
                if (!security.isArray() || security.isEmpty()) {
                    violations.add(name + ": no security requirement");
                }
                security.forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme -> {
                    if (!schemes.has(scheme)) {
                        violations.add(name + ": security scheme " + scheme + " is not defined");
                    }
                }));
                JsonNode responses = op.getValue().path("responses");
                for (String status : List.of("401", "403")) {
                    if (!responses.has(status)) {
                        violations.add(name + ": " + status + " not documented");
                    }
                }
                responses.fieldNames().forEachRemaining(status -> {
                    if (status.matches("[45]\\d\\d") && !responses.path(status).path("content").has(PROBLEM)) {
                        violations.add(name + ": " + status + " not documented as " + PROBLEM);
                    }
                });
            }
        }
        return violations;
    }

    private static JsonNode fetch(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
