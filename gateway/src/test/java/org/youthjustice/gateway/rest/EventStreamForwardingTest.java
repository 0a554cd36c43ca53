package org.youthjustice.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * notification-service's live stream through the gateway: each event reaches the client as the upstream writes it
 * (nothing buffered until the response ends), the route's deadline (3s here) stops at the response head so a stream
 * outlives it, and the client's {@code Last-Event-ID} reaches the upstream.
 */
@QuarkusTest
@WithTestResource(StreamingUpstream.class)
@WithTestResource(OidcResource.class)
class EventStreamForwardingTest {

    @TestHTTPResource("/api/notifications/stream")
    URI stream;

    @Test
    void eventsPassThroughAsTheyComeAndOutliveTheRouteDeadline() throws Exception {
        String token = TestTokens.user("sw.li").audience("gateway").token();
        HttpRequest request = HttpRequest.newBuilder(stream).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Last-Event-ID", "41").GET().build();
        long start = System.nanoTime();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofLines());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (Stream<String> lines = response.body()) {
            Iterator<String> body = lines.iterator();
            assertEquals("id: 42", body.next());
            long firstAfter = elapsedMillis(start);
            assertEquals("event: alert", body.next());
            assertEquals("data: {\"lastEventId\":\"41\"}", body.next(), "Last-Event-ID reached the upstream");
            assertTrue(firstAfter < StreamingUpstream.PAUSE_MILLIS / 2,
                    "the first event came before the upstream wrote the second (after " + firstAfter + " ms)");

            assertEquals("", body.next());
            assertEquals(": heartbeat", body.next());
            long secondAfter = elapsedMillis(start);
            assertTrue(secondAfter >= StreamingUpstream.PAUSE_MILLIS - 500,
                    "the second event came when it was written (after " + secondAfter + " ms), past the deadline");
            assertEquals("", body.next());
            assertEquals("id: 43", body.next());
            assertEquals("event: alert", body.next());
            assertEquals("data: {\"seq\":43}", body.next());
            assertEquals("", body.next());
            assertTrue(!body.hasNext(), "the stream ended when the upstream ended it");
        }
        assertNull(response.headers().firstValue("Content-Encoding").orElse(null), "passed through as sent");
    }

    private static long elapsedMillis(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
