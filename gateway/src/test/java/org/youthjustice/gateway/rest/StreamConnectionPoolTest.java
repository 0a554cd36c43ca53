package org.youthjustice.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An open event stream holds its upstream connection for as long as it lasts; with one connection per upstream here,
 * a request to the same service while a stream is open still gets its answer at once, because streams have a pool of
 * their own. On the shared pool it would wait behind the stream until the route's deadline (504).
 */
@QuarkusTest
@WithTestResource(CrowdedStreamingUpstream.class)
@WithTestResource(OidcResource.class)
class StreamConnectionPoolTest {

    @TestHTTPResource("/api/notifications/stream")
    URI stream;

    @TestHTTPResource("/api/notifications")
    URI inbox;

    @Test
    void anOpenStreamNeverTakesTheConnectionOfOtherRequests() throws Exception {
        String bearer = "Bearer " + TestTokens.user("sw.li").audience("gateway").token();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> open = client.send(HttpRequest.newBuilder(stream)
                .timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = open.body()) {
            Iterator<String> events = lines.iterator();
            assertEquals("id: 42", events.next(), "the stream is open, its second event not written yet");

            long start = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(inbox).timeout(Duration.ofSeconds(30))
                    .header("Authorization", bearer).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            // the stand-in serves the stream only: any other path is its 404, which the gateway passes on
            assertEquals(404, answer.statusCode(), answer.body());
            assertTrue(tookMillis < StreamingUpstream.PAUSE_MILLIS / 2,
                    "answered while the stream was open (after " + tookMillis + " ms)");
        }
    }
}
