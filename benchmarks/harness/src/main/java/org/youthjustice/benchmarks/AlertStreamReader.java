package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One user's live alert stream ({@code GET /notifications/stream}, server-sent events), read in the background as the
 * phone app reads it: each {@code alert} event is kept with the moment its blank line was read; when the connection
 * ends it connects again with {@code Last-Event-ID}, so nothing sent in between is lost. Reads until closed or until
 * its bound passes.
 */
final class AlertStreamReader implements AutoCloseable {

    private static final Duration RECONNECT_AFTER = Duration.ofMillis(200);

    private final HttpClient http;
    private final URI uri;
    private final KeycloakTokens tokens;
    private final String user;
    private final long deadline;
    private final Map<String, AlertSighting> seen = new ConcurrentHashMap<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread reader;
    private volatile boolean closed;
    private volatile Stream<String> open;
    private volatile String lastEventId;

    private AlertStreamReader(HttpClient http, URI uri, KeycloakTokens tokens, String user, Duration bound) {
        this.http = http;
        this.uri = uri;
        this.tokens = tokens;
        this.user = user;
        this.deadline = System.nanoTime() + bound.toNanos();
        this.reader = new Thread(this::readUntilClosed, "stream-" + user + "-" + uri.getPort());
        reader.setDaemon(true);
    }

    /** Opens {@code user}'s stream at {@code url} (live alerts only); it is read in the background. */
    static AlertStreamReader open(HttpClient http, String url, KeycloakTokens tokens, String user, Duration bound) {
        AlertStreamReader stream = new AlertStreamReader(http, URI.create(url), tokens, user, bound);
        stream.reader.start();
        return stream;
    }

    /** Waits until the first connection answered 200 and its first line arrived; false past {@code within}. */
    boolean awaitConnected(Duration within) throws InterruptedException {
        return connected.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Alert id → its sighting, so far. */
    Map<String, AlertSighting> seen() {
        return Map.copyOf(seen);
    }

    /** Connections made so far: 1 when the stream never dropped. */
    int connections() {
        return connections.get();
    }

    private void readUntilClosed() {
        while (!closed && System.nanoTime() < deadline) {
            try {
                readOnce();
            } catch (IOException | UncheckedIOException e) {
                // the connection ended or was refused: connect again below, as the app does
            } catch (InterruptedException e) {
                return;
            }
            if (!closed) {
                try {
                    Thread.sleep(RECONNECT_AFTER.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void readOnce() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + tokens.bearer(user))
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        connections.incrementAndGet();
        try (Stream<String> lines = response.body()) {
            open = lines;
            if (response.statusCode() != 200) {
                System.err.println("[bench] the stream of " + user + " at " + uri + " answered "
                        + response.statusCode());
                return;
            }
            ServerSentEvents parser = new ServerSentEvents();
            lines.forEach(line -> {
                long read = System.nanoTime();
                connected.countDown();
                parser.line(line).filter(event -> "alert".equals(event.type())).ifPresent(event -> keep(event, read));
            });
        } finally {
            open = null;
        }
    }

    private void keep(ServerSentEvents.Event event, long readNanos) {
        try {
            JsonNode alert = ApiClient.JSON.readTree(event.data());
            AlertSighting sighting = new AlertSighting(alert.path("id").asText(), alert.path("seq").asLong(),
                    alert.path("subjectRef").asText(), Instant.parse(alert.path("createdAt").asText()), readNanos);
            seen.putIfAbsent(sighting.alertId(), sighting);
        } catch (IOException e) {
            throw new UncheckedIOException("an alert event that is not JSON", e);
        }
        if (event.id() != null) {
            lastEventId = event.id();
        }
    }

    @Override
    public void close() {
        closed = true;
        Stream<String> lines = open;
        if (lines != null) {
            // closing the body cancels the subscription, which ends the connection
            lines.close();
        }
        reader.interrupt();
    }
}
