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
 * service sends it (platform-problem). Every operation is described and documents the headers it handles:
 * {@code X-Request-Id} on every answer, {@code If-Match} as required where a missing one answers 428, and the
 * {@code ETag} that the next {@code If-Match} names. Every creating POST (one that answers 201) takes an
 * {@code Idempotency-Key} (platform-idempotency) and documents the 409 its reuse with another request answers.
 * A list's {@code page} and {@code size} say how far they go (platform-paging's maxima), so that a client knows
 * that a page beyond them is refused.
 */
public final class OpenApiChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final List<String> PAGING = List.of("page", "size");

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
            boolean versioned = false;
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                checkSecurity(name, op.getValue(), schemes, violations);
                checkHeaders(name, op.getValue(), violations);
                if (op.getKey().equals("post")) {
                    checkIdempotency(name, op.getValue(), violations);
                }
                checkPaging(name, op.getValue(), violations);
                // a PUT, PATCH or DELETE changes the resource at this path; a POST changes its parent
                versioned |= !op.getKey().equals("post") && headerParameter(op.getValue(), "If-Match") != null;
                if (op.getValue().path("description").asText("").isBlank()) {
                    violations.add(name + ": no description");
                }
            }
            JsonNode read = path.getValue().path("get").path("responses").path("200");
            if (versioned && !read.isMissingNode() && !hasHeader(read, "ETag")) {
                violations.add("GET " + path.getKey() + ": 200 does not document the ETag that If-Match names");
            }
        }
        return violations;
    }

    private static void checkSecurity(String name, JsonNode operation, JsonNode schemes, List<String> violations) {
        JsonNode security = operation.path("security");
        if (!security.isArray() || security.isEmpty()) {
            violations.add(name + ": no security requirement");
        }
        security.forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme -> {
            if (!schemes.has(scheme)) {
                violations.add(name + ": security scheme " + scheme + " is not defined");
            }
        }));
        JsonNode responses = operation.path("responses");
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

    /** X-Request-Id on every answer; If-Match required where its absence answers 428; the new ETag answered. */
    private static void checkHeaders(String name, JsonNode operation, List<String> violations) {
        JsonNode responses = operation.path("responses");
        responses.fields().forEachRemaining(response -> {
            if (!hasHeader(response.getValue(), "X-Request-Id")) {
                violations.add(name + ": " + response.getKey() + " does not document X-Request-Id");
            }
        });
        JsonNode ifMatch = headerParameter(operation, "If-Match");
        if (responses.has("428") && (ifMatch == null || !ifMatch.path("required").asBoolean())) {
            violations.add(name + ": answers 428 but If-Match is not a required header");
        }
        if (ifMatch != null) {
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2") && !hasHeader(response.getValue(), "ETag")) {
                    violations.add(name + ": " + response.getKey() + " does not document ETag");
                }
            });
        }
    }

    /** A POST that creates (answers 201) is safe to retry: it takes Idempotency-Key and documents the 409. */
    private static void checkIdempotency(String name, JsonNode operation, List<String> violations) {
        JsonNode responses = operation.path("responses");
        if (!responses.has("201")) {
            return;
        }
        if (headerParameter(operation, "Idempotency-Key") == null) {
            violations.add(name + ": creates (201) but takes no Idempotency-Key header");
        }
        if (!responses.has("409")) {
            violations.add(name + ": creates (201) but does not document 409 (a reused Idempotency-Key)");
        }
    }

    /** The page and size query parameters of a list state their maximum. */
    private static void checkPaging(String name, JsonNode operation, List<String> violations) {
        for (JsonNode parameter : operation.path("parameters")) {
            String parameterName = parameter.path("name").asText();
            if ("query".equals(parameter.path("in").asText()) && PAGING.contains(parameterName)
                    && !parameter.path("schema").has("maximum")) {
                violations.add(name + ": query parameter " + parameterName + " states no maximum");
            }
        }
    }

    private static JsonNode headerParameter(JsonNode operation, String header) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText()) && header.equalsIgnoreCase(parameter.path("name")
                    .asText())) {
                return parameter;
            }
        }
        return null;
    }

    private static boolean hasHeader(JsonNode response, String header) {
        for (Iterator<String> names = response.path("headers").fieldNames(); names.hasNext(); ) {
            if (names.next().equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
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
