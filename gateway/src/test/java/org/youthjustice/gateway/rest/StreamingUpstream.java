package org.youthjustice.gateway.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The stub services of {@link WireMockUpstreams}, but notification-service is a server-sent-events upstream (the JDK's
 * HTTP server, which writes each event as it is flushed): {@code GET /notifications/stream} answers at once with an
 * event naming the {@code Last-Event-ID} it was sent, then, {@link #PAUSE_MILLIS} later (past the route's 3s deadline),
 * a second event, and ends.
 */
public class StreamingUpstream extends WireMockUpstreams {

    static final long PAUSE_MILLIS = 4_000;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/notifications/stream", StreamingUpstream::stream);
        server.start();
        config.put("gateway.routes.notification.url", "http://127.0.0.1:" + server.getAddress().getPort());
        return config;
    }

    private static void stream(HttpExchange exchange) throws IOException {
        String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            write(body, "id: 42\nevent: alert\ndata: {\"lastEventId\":\"" + lastEventId + "\"}\n\n");
            Thread.sleep(PAUSE_MILLIS);
            write(body, ": heartbeat\n\nid: 43\nevent: alert\ndata: {\"seq\":43}\n\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        super.stop();
    }
}
