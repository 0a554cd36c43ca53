package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Demo data against a stand-in for Keycloak's token endpoint and the gateway, speaking their HTTP contracts. */
class DemoDataTest {

    /** The demo users the stand-in Keycloak knows; any other user is refused. */
    private static final Set<String> DEMO_USERS = Set.of("admin.ops", "sup.wang", "court.liu");

    private HttpServer server;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final List<String> tokenForms = new CopyOnWriteArrayList<>();
    private volatile int apiFailure;

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            String form = body(exchange);
            tokenForms.add(form);
            String user = DEMO_USERS.stream().filter(u -> form.contains("username=" + u + "&password=demo"))
                    .findFirst().orElse(null);
            if (user != null) {
                respond(exchange, 200, "{\"access_token\":\"token-of-" + user + "\",\"token_type\":\"Bearer\"}");
            } else {
                respond(exchange, 401, "{\"error\":\"invalid_grant\"}");
            }
        });
        server.createContext("/api", exchange -> {
            String record = exchange.getRequestURI().getPath() + " " + body(exchange);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer token-of-")) {
                respond(exchange, 401, "");
            } else if (apiFailure != 0) {
                respond(exchange, apiFailure, "{\"title\":\"broken\"}");
            } else {
                respond(exchange, created.add(record) ? 201 : 409, "{}");
            }
        });
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void everyRecordIsCreatedOnceWithOneTokenPerUser() {
        assertEquals(DemoData.RECORDS.size(), demoData().load());

        assertEquals(DemoData.RECORDS.size(), created.size());
        assertTrue(created.stream().anyMatch(r -> r.startsWith("/api/agencies") && r.contains("\"52440100MJL123454L\"")));
        assertTrue(created.stream().anyMatch(r -> r.startsWith("/api/agencies") && r.contains("\"52440100MJL6789007\"")));
        assertEquals(DEMO_USERS.size(), tokenForms.size(), "one token per demo user, reused for their records");
        DEMO_USERS.forEach(user -> assertTrue(tokenForms.contains(
                "grant_type=password&client_id=cli&username=" + user + "&password=demo"), user));
    }

    @Test
    void loadingAgainAfterARestartIsFineBecauseConflictsMeanAlreadyThere() {
        demoData().load();

        assertEquals(0, demoData().load());
        assertEquals(DemoData.RECORDS.size(), created.size());
    }

    @Test
    void anyOtherAnswerStopsTheLoadWithTheStatusAndBody() {
        apiFailure = 500;

        SuiteStartException error = assertThrows(SuiteStartException.class, () -> demoData().load());

        assertEquals("demo data: POST /api/agencies as admin.ops answered 500: {\"title\":\"broken\"}",
                error.getMessage());
    }

    @Test
    void aRefusedTokenNamesTheUser() {
        DemoData demoData = new DemoData(base(), base().resolve("/token"),
                List.of(new DemoRecord("nobody", "/api/agencies", "{}")));

        SuiteStartException error = assertThrows(SuiteStartException.class, demoData::load);

        assertTrue(error.getMessage().startsWith("demo data: Keycloak refused a token for nobody (401)"),
                error.getMessage());
    }

    private DemoData demoData() {
        return new DemoData(base(), base().resolve("/token"), DemoData.RECORDS);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
