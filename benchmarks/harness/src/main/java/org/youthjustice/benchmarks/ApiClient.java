package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** JSON over HTTP/1.1 with a bearer token, as any API client of the suite calls it. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final KeycloakTokens tokens;
    private final Duration timeout;

    public ApiClient(HttpClient http, KeycloakTokens tokens, Duration timeout) {
        this.http = http;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    /** An HTTP/1.1 client: the services speak plain HTTP, where an HTTP/2 upgrade attempt would only add a round. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * One request; {@code body} null for none, {@code ifMatch} null when the request needs none.
     *
     * @param user the demo user the token is for
     */
    public Answer send(String method, String url, String user, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Authorization", "Bearer " + tokens.bearer(user))
                .header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        }
        HttpRequest built = request.build();
        // taken after the token: a token fetch now and then is not the service's time
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long received = System.nanoTime();
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag"), sent,
                    received);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + url + " was interrupted", e);
        }
    }

    private static byte[] bytes(Object body) {
        if (body instanceof byte[] raw) {
            return raw;
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a request body", e);
        }
    }

    /**
     * An answer, when its request was sent and when it arrived ({@link System#nanoTime()} right before the request
     * and right after the answer's body was read).
     */
    public record Answer(int status, String body, Optional<String> etag, long sentNanos, long receivedNanos) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("the answer (" + status + ") is not JSON", e);
            }
        }

        /** The answer itself if it has the status expected, else a failure naming both statuses and the body. */
        public Answer expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + ", not " + expected + ": "
                        + abbreviated(body));
            }
            return this;
        }

        private static String abbreviated(String text) {
            // problem details of this suite never echo personal data; the cut only keeps the message readable
            return text == null ? "" : text.length() <= 500 ? text : text.substring(0, 500) + "...";
        }
    }
}
