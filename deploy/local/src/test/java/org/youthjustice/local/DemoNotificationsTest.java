package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo preferences and webhook against a stand-in for Keycloak and the gateway: with notification-service's
 * endpoints, and without them (a build before issue 14).
 */
class DemoNotificationsTest {

    @TempDir
    Path dataDir;

    private HttpServer server;
    private SuiteSettings settings;
    private DemoWebhookReceiver receiver;
    private volatile boolean featurePresent = true;
    private final Map<String, String> preferences = new ConcurrentHashMap<>();
    /** The registered webhooks as the service lists them, by id. */
    private final Map<String, String> webhooks = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startStandIn() throws IOException {
        settings = SuiteSettings.withFreePorts(Path.of("."), dataDir);
        receiver = DemoWebhookReceiver.start(settings);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String user = form.replaceAll(".*username=([^&]+).*", "$1");
            String claims = "{\"preferred_username\":\"%s\",\"email\":\"%s@demo.youthjustice.invalid\"}"
                    .formatted(user, user);
            respond(exchange, 200, "{\"access_token\":\"e30." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig-of-" + user + "\"}");
        });
        server.createContext("/api", this::api);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        receiver.close();
    }

    @Test
    void theDemoUsersChooseTheirAlertsAndTheReceiverIsRegisteredOnceWithItsSecretKept() throws IOException {
        String done = demo().load();

        assertEquals("preferences of sw.li, sup.wang, jo.zhao set; webhook to " + settings.webhookReceiverUrl()
                + " registered", done);
        assertEquals("""
                {"locale": "en", "email": "sw.li@demo.youthjustice.invalid", "quietHours": null, \
                "rules": {"visit-missed":{"email":true},"case-assigned":{"email":true}}}""", preferences.get("sw.li"));
        assertTrue(preferences.get("sup.wang").contains("\"locale\": \"zh\""));
        assertTrue(preferences.get("jo.zhao").contains(
                "\"quietHours\": {\"start\": \"22:00\", \"end\": \"07:00\", \"zone\": \"Asia/Shanghai\"}"));
        String registration = webhooks.values().iterator().next();
        assertTrue(registration.contains("\"recipientRole\": \"agency-supervisor\", \"recipientScope\": "
                + "\"52440100MJL123454L\", \"rules\": [\"visit-missed\", \"risk-high\", \"reassignment-needed\"]"),
                registration);
        assertEquals("secret-1\n", Files.readString(settings.webhookSecretFile()));

        assertEquals("preferences of sw.li, sup.wang, jo.zhao set; webhook to " + settings.webhookReceiverUrl()
                + " already there", demo().load(), "a restart registers nothing again");
        assertEquals(1, calls.stream().filter(call -> call.equals("POST /api/webhooks")).count());
    }

    @Test
    void aRegistrationWhoseSecretIsLostOrThatNamesAnotherPortIsReplaced() throws IOException {
        demo().load();
        Files.delete(settings.webhookSecretFile());

        assertTrue(demo().load().endsWith("registered (1 earlier one(s) deactivated)"));
        assertEquals("secret-2\n", Files.readString(settings.webhookSecretFile()));
        assertEquals(1, calls.stream().filter(call -> call.startsWith("DELETE /api/webhooks/")).count());
    }

    @Test
    void aServiceWithoutTheEndpointsIsSkippedWithOneLineNotAFailure() {
        featurePresent = false;

        String done = demo().load();

        assertEquals("skipped: PUT /api/notification-preferences/me answered 404 (this build's notification-service "
                + "has no such endpoint yet); skipped: GET /api/webhooks answered 404 (this build's "
                + "notification-service has no such endpoint yet)", done);
        assertFalse(Files.exists(settings.webhookSecretFile()));
    }

    private DemoNotifications demo() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new DemoNotifications(new DemoData(base, base.resolve("/token"), List.of()),
                settings.webhookReceiverUrl(), receiver);
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String user = exchange.getRequestHeaders().getFirst("Authorization").replaceAll(".*sig-of-", "");
        calls.add(method + " " + path);
        if (!featurePresent) {
            respond(exchange, 404, "{\"title\":\"Not Found\"}");
        } else if (path.equals("/api/notification-preferences/me") && method.equals("PUT")) {
            preferences.put(user, body);
            respond(exchange, 200, body);
        } else if (path.equals("/api/webhooks") && method.equals("GET")) {
            respond(exchange, 200, "{\"items\": [" + String.join(", ", webhooks.entrySet().stream()
                    .map(entry -> entry.getValue().replaceFirst("^\\{", "{\"id\": \"" + entry.getKey()
                            + "\", \"status\": \"ACTIVE\", ")).toList()) + "]}");
        } else if (path.equals("/api/webhooks") && method.equals("POST")
                && exchange.getRequestHeaders().getFirst("Idempotency-Key") != null) {
            String id = UUID.randomUUID().toString();
            webhooks.put(id, body);
            respond(exchange, 201, "{\"id\": \"%s\", \"secret\": \"secret-%d\"}".formatted(id, calls.stream()
                    .filter(call -> call.equals("POST /api/webhooks")).count()));
        } else if (path.startsWith("/api/webhooks/") && method.equals("DELETE")) {
            webhooks.remove(path.substring("/api/webhooks/".length()));
            respond(exchange, 204, "");
        } else {
            respond(exchange, 400, "{\"title\":\"unexpected " + method + " " + path + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
