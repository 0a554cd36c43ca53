package org.youthjustice.platform.testing;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenApiChecksTest {

    private static final String PROBLEM = "{\"content\": {\"application/problem+json\": {}}}";

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDocumentedOperationPasses() throws IOException {
        String base = serving(document("{\"401\": " + PROBLEM + ", \"403\": " + PROBLEM + ", \"404\": " + PROBLEM
                + ", \"200\": {\"description\": \"ok\"}}"));

        assertEquals(List.of(), OpenApiChecks.violations(base));
    }

    @Test
    void refusalsWithoutAProblemBodyOrMissingAreNamed() throws IOException {
        String base = serving(document("{\"401\": " + PROBLEM + ", \"404\": {\"description\": \"not found\"}, "
                + "\"503\": {\"content\": {\"application/json\": {}}}}"));

        assertEquals(List.of("GET /things: 403 not documented",
                "GET /things: 404 not documented as application/problem+json",
                "GET /things: 503 not documented as application/problem+json"), OpenApiChecks.violations(base));
    }

    private static String document(String responses) {
        return "{\"components\": {\"securitySchemes\": {\"jwt\": {}}}, \"paths\": {\"/things\": {\"get\": "
                + "{\"security\": [{\"jwt\": []}], \"responses\": " + responses + "}}}}";
    }

    private String serving(String document) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/openapi", exchange -> {
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
