package org.youthjustice.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A user's live alert stream ({@code GET /api/notifications/stream}, server-sent events) read as the phone app reads
 * it, with java.net.http: each {@code event: alert} is kept with its {@code id}; when the connection ends (a proxy's
 * idle timeout, a restart) it connects again with {@code Last-Event-ID}, so that nothing sent in between is lost. It
 * reads until closed or until its bound passes. Opened after a known alert's id, even its first connection resumes
 * from there, so that an alert raised while it connects is not missed either.
 */
final class AlertStream implements AutoCloseable {

    /** One event of the stream. */
    record Event(String id, String type, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration RECONNECT_AFTER = Duration.ofMillis(500);

    private final URI uri;
    private final String token;
    private final long deadline;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean closed;
    private volatile Stream<String> open;
    private volatile String lastEventId;

    private AlertStream(URI uri, String token, Duration bound, String after) {
        this.uri = uri;
        this.token = token;
        this.lastEventId = after;
        this.deadline = System.nanoTime() + bound.toNanos();
        this.reader = new Thread(this::readUntilClosed, "alert-stream");
        reader.setDaemon(true);
    }

    /**
     * Opens the stream of the token's user at {@code gatewayUrl}, after the alert {@code after} (null: live alerts
     * only); it is read in the background.
     */
    static AlertStream open(String gatewayUrl, String token, Duration bound, String after) {
        AlertStream stream = new AlertStream(URI.create(gatewayUrl + "/api/notifications/stream"), token, bound,
                after);
        stream.reader.start();
        return stream;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** The status of each connection made so far: 200 each time when the stream is served. */
    List<Integer> statuses() {
        return List.copyOf(statuses);
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
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        statuses.add(response.statusCode());
        try (Stream<String> lines = response.body()) {
            open = lines;
            if (response.statusCode() != 200) {
                return;
            }
            EventParser parser = new EventParser();
            lines.forEach(parser::line);
        } finally {
            open = null;
        }
    }

    /** The text/event-stream format: fields until a blank line ends the event; comment lines (heartbeats) skipped. */
    private final class EventParser {
        private String id;
        private String type;
        private StringBuilder data = new StringBuilder();

        void line(String line) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new Event(id, type == null ? "message" : type, data.toString()));
                    if (id != null) {
                        lastEventId = id;
                    }
                }
                id = null;
                type = null;
                data = new StringBuilder();
            } else if (!line.startsWith(":")) {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> type = value;
                    case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                    default -> {
                        // retry and unknown fields do not concern the test
                    }
                }
            }
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
