package org.youthjustice.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One user's calls to one of the suite's HTTP endpoints (the gateway, or a service directly, which has no rate limit
 * to share with the other tests), with a real Keycloak token, as the fault tests' clients make them: a call that gets
 * no answer (refused, reset, no answer within the timeout) throws {@link IOException}, any answer is returned.
 * Thread-safe: the load of a fault test shares one caller between its clients.
 */
final class Caller {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any deadline of the gateway, so that a hang shows as a missing answer, never as a short wait. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final String token;

    Caller(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** What an endpoint answered, and how long the answer took. */
    record Answer(int status, Map<String, List<String>> headers, JsonNode body, String text, Duration took) {

        boolean acknowledged() {
            return status / 100 == 2;
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst();
        }

        String text(String field) {
            return body.path(field).asText(null);
        }
    }

    Answer get(String path) throws IOException {
        return send("GET", path, null, Map.of());
    }

    Answer send(String method, String path, Object body, Map<String, String> headers) throws IOException {
        return sendRaw(method, path, body == null ? null : json(body).getBytes(StandardCharsets.UTF_8),
                "application/json", headers);
    }

    /**
     * A request as it is written, for the matrix and the fuzzer: the body's bytes (null: none) under the given
     * content type, sent as they are.
     */
    Answer sendRaw(String method, String path, byte[] body, String contentType, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        headers.forEach(request::setHeader);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        long since = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().map(), parse(response.body()),
                    response.body(), Duration.ofNanos(System.nanoTime() - since));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * A creating {@code POST} as a real client sends it: after no answer or a 5xx it is sent again, with the same body
     * and the same {@code Idempotency-Key}, until an answer that is not a 5xx or the end of the patience.
     *
     * @return the last answer, or empty when the patience ran out without one
     */
    Optional<Answer> create(String path, Object body, String idempotencyKey, Patience patience) {
        Optional<Answer> last = Optional.empty();
        while (patience.nextAttempt()) {
            try {
                last = Optional.of(send("POST", path, body, Map.of("Idempotency-Key", idempotencyKey)));
                if (last.get().status() < 500) {
                    return last;
                }
            } catch (IOException e) {
                last = Optional.empty();
            }
        }
        return last;
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
