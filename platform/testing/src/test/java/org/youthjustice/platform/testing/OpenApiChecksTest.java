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

    private static final String REQUEST_ID = "\"headers\": {\"X-Request-Id\": {}}";
    private static final String PROBLEM = "{\"content\": {\"application/problem+json\": {}}, " + REQUEST_ID + "}";
    private static final String OK = "{\"description\": \"ok\", " + REQUEST_ID + "}";

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDocumentedOperationPasses() throws IOException {
        String base = serving(document("{\"401\": " + PROBLEM + ", \"403\": " + PROBLEM + ", \"404\": " + PROBLEM
                + ", \"200\": " + OK + "}"));

        assertEquals(List.of(), OpenApiChecks.violations(base));
    }

    @Test
    void refusalsWithoutAProblemBodyOrMissingAreNamed() throws IOException {
        String base = serving(document("{\"401\": " + PROBLEM + ", \"404\": {\"description\": \"not found\", "
                + REQUEST_ID + "}, \"503\": {\"content\": {\"application/json\": {}}, " + REQUEST_ID + "}}"));

        assertEquals(List.of("GET /things: 403 not documented",
                "GET /things: 404 not documented as application/problem+json",
                "GET /things: 503 not documented as application/problem+json"), OpenApiChecks.violations(base));
    }

    @Test
    void undescribedOperationsAndUndocumentedHeadersAreNamed() throws IOException {
        String put = "{\"security\": [{\"jwt\": []}], \"parameters\": [{\"in\": \"header\", \"name\": \"If-Match\"}], "
                + "\"responses\": {\"401\": " + PROBLEM + ", \"403\": " + PROBLEM + ", \"428\": " + PROBLEM
                + ", \"200\": " + OK + "}}";
        String get = "{\"security\": [{\"jwt\": []}], \"description\": \"A thing\", \"responses\": {\"401\": "
                + PROBLEM + ", \"403\": " + PROBLEM + ", \"200\": {\"description\": \"ok\"}}}";
        String base = serving("{\"components\": {\"securitySchemes\": {\"jwt\": {}}}, \"paths\": {\"/things\": "
                + "{\"get\": " + get + ", \"put\": " + put + "}}}");

        assertEquals(List.of("GET /things: 200 does not document X-Request-Id",
                "PUT /things: answers 428 but If-Match is not a required header",
                "PUT /things: 200 does not document ETag",
                "PUT /things: no description",
                "GET /things: 200 does not document the ETag that If-Match names"), OpenApiChecks.violations(base));
    }

    @Test
    void aCreatingPostWithoutIdempotencyKeyOr409IsNamed() throws IOException {
        String responses = "\"responses\": {\"401\": " + PROBLEM + ", \"403\": " + PROBLEM + ", \"201\": " + OK + "}}";
        String bare = "{\"security\": [{\"jwt\": []}], \"description\": \"Create\", " + responses;
        String keyed = "{\"security\": [{\"jwt\": []}], \"description\": \"Create\", \"parameters\": [{\"in\": "
                + "\"header\", \"name\": \"Idempotency-Key\"}], \"responses\": {\"401\": " + PROBLEM + ", \"403\": "
                + PROBLEM + ", \"409\": " + PROBLEM + ", \"201\": " + OK + "}}";
        String base = serving("{\"components\": {\"securitySchemes\": {\"jwt\": {}}}, \"paths\": {\"/things\": "
                + "{\"post\": " + bare + "}, \"/others\": {\"post\": " + keyed + "}}}");

        assertEquals(List.of("POST /things: creates (201) but takes no Idempotency-Key header",
                "POST /things: creates (201) but does not document 409 (a reused Idempotency-Key)"),
                OpenApiChecks.violations(base));
    }

    @Test
    void aListWhosePagesHaveNoLimitIsNamed() throws IOException {
        String list = "{\"security\": [{\"jwt\": []}], \"description\": \"The things\", \"parameters\": ["
                + "{\"in\": \"query\", \"name\": \"page\", \"schema\": {\"minimum\": 0}}, "
                + "{\"in\": \"query\", \"name\": \"size\", \"schema\": {\"minimum\": 1, \"maximum\": 100}}], "
                + "\"responses\": {\"401\": " + PROBLEM + ", \"403\": " + PROBLEM + ", \"200\": " + OK + "}}";
        String base = serving("{\"components\": {\"securitySchemes\": {\"jwt\": {}}}, \"paths\": {\"/things\": "
                + "{\"get\": " + list + "}}}");

        assertEquals(List.of("GET /things: query parameter page states no maximum"), OpenApiChecks.violations(base));
    }

    private static String document(String responses) {
        return "{\"components\": {\"securitySchemes\": {\"jwt\": {}}}, \"paths\": {\"/things\": {\"get\": "
                + "{\"security\": [{\"jwt\": []}], \"description\": \"The things\", \"responses\": " + responses
                + "}}}}";
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
