package org.youthjustice.notification.rest;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real server-sent-events client for the tests: reads the response body line by line on a thread of its own and
 * parses the events (id, event, data), as a phone app's EventSource would.
 */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    /** Put on the queue when the server ended the stream. */
    static final Event END = new Event(null, null, null);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new ArrayList<>();
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects; answers once the response head arrived (within 10 s). */
    static SseClient connect(URI uri, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("no response head within 10 s", e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    synchronized (comments) {
                        comments.add(line);
                    }
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    String part = line.substring(5).stripLeading();
                    data = data == null ? new StringBuilder(part) : data.append('\n').append(part);
                }
            }
        } catch (UncheckedIOException e) {
            // the connection was closed (by the test or the server)
        } finally {
            events.add(END);
        }
    }

    /** The next event that {@code wanted} accepts (others skipped), within {@code wait}; null when none came. */
    Event next(Predicate<Event> wanted, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null || event == END || wanted.test(event)) {
                return event == END ? null : event;
            }
        }
    }

    /** Whether the server ended the stream within {@code wait}. */
    boolean ended(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == END) {
                events.add(END);
                return true;
            }
        }
        return false;
    }

    int comments() {
        synchronized (comments) {
            return comments.size();
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
