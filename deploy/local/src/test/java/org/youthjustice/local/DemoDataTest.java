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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Demo data against a stand-in for Keycloak's token endpoint and the gateway, speaking their HTTP contracts. */
class DemoDataTest {

    /** The demo users the stand-in Keycloak knows; any other user is refused. */
    private static final Set<String> DEMO_USERS = Set.of("admin.ops", "sup.wang", "court.liu", "court.he", "jo.zhao", "sw.li",
            "sw.chen", "sw.zhou", "proc.huang");

    private HttpServer server;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final List<String> tokenForms = new CopyOnWriteArrayList<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Map<String, String> ifMatches = new ConcurrentHashMap<>();
    private final AtomicInteger unavailable = new AtomicInteger();
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
            String path = exchange.getRequestURI().getPath();
            String body = body(exchange);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer token-of-")) {
                respond(exchange, 401, "");
            } else if (apiFailure != 0) {
                respond(exchange, apiFailure, "{\"title\":\"broken\"}");
            } else if ("GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("ETag", "\"" + path.length() + "\"");
                respond(exchange, 200, "{}");
            } else if (unavailable.getAndDecrement() > 0) {
                respond(exchange, 422, "{\"title\":\"not posted yet\"}");
            } else {
                String record = exchange.getRequestMethod() + " " + path + " " + body;
                ifMatches.put(record, String.valueOf(exchange.getRequestHeaders().getFirst("If-Match")));
                boolean isNew = created.add(record);
                if (path.equals("/api/cases")) {
                    String reference = references.computeIfAbsent(body, b -> "GZ-2026-%06d".formatted(
                            references.size() + 1));
                    respond(exchange, isNew ? 201 : 409, isNew ? "{\"reference\":\"" + reference + "\"}"
                            : "{\"existingReference\":\"" + reference + "\"}");
                } else if (path.equals("/api/contracts") || path.endsWith("/payments")) {
                    // named by the server with a UUID; a second contract of the same number is a conflict
                    String id = ids.computeIfAbsent(body, b -> new UUID(0, ids.size() + 1).toString());
                    respond(exchange, isNew ? 201 : 409, isNew ? "{\"id\":\"" + id + "\"}"
                            : "{\"title\":\"number taken\"}");
                } else {
                    respond(exchange, isNew ? 201 : 409, "{}");
                }
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
        assertTrue(created.stream().anyMatch(r -> r.startsWith("POST /api/agencies") && r.contains("\"52440100MJL123454L\"")));
        assertTrue(created.stream().anyMatch(r -> r.startsWith("POST /api/agencies") && r.contains("\"52440100MJL6789007\"")));
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
    void aRecordOfACreatedCaseUsesItsReferenceAndItsETag() {
        DemoData demoData = new DemoData(base(), base().resolve("/token"), List.of(
                DemoRecord.post("court.liu", "/api/cases", "{\"juvenile\": 1}").savingAs("first"),
                DemoRecord.put("jo.zhao", "/api/cases/{first}/assignment", "{\"workerId\": \"W0001\"}")
                        .ifMatchOf("/api/cases/{first}")));

        assertEquals(2, demoData.load());

        assertEquals("\"25\"", ifMatches.get("PUT /api/cases/GZ-2026-000001/assignment {\"workerId\": \"W0001\"}"),
                "the ETag of GET /api/cases/GZ-2026-000001 (25 characters in the stand-in)");
        assertEquals(0, demoData.load(), "a case that was there already: what was done with it is not done again");
    }

    @Test
    void aRecordOfACreatedContractUsesItsIdAndAContractThatWasThereIsLeftAsItIs() {
        DemoData demoData = new DemoData(base(), base().resolve("/token"), List.of(
                DemoRecord.post("proc.huang", "/api/contracts", "{\"number\": \"GZ-1\"}").savingIdAs("contract"),
                DemoRecord.post("proc.huang", "/api/contracts/{contract}/transitions", "{\"to\": \"AWARDED\"}")
                        .ifMatchOf("/api/contracts/{contract}")));

        assertEquals(2, demoData.load());

        String id = new UUID(0, 1).toString();
        assertEquals("\"%d\"".formatted(("/api/contracts/" + id).length()),
                ifMatches.get("POST /api/contracts/" + id + "/transitions {\"to\": \"AWARDED\"}"),
                "the transition of the created contract, with the ETag of GET /api/contracts/" + id);
        assertEquals(0, demoData.load(), "the number is taken (409 without an id): the contract's records are skipped");
        assertEquals(2, created.size());
    }

    @Test
    void aRecordThatWaitsForAnEventIsRetriedWhileRefusedButOthersAreNot() {
        unavailable.set(3);
        DemoData waiting = new DemoData(base(), base().resolve("/token"), List.of(
                DemoRecord.put("sup.wang", "/api/workers/W0001/x", "{}").afterEvents()));

        assertEquals(1, waiting.load());

        unavailable.set(1);
        DemoData impatient = new DemoData(base(), base().resolve("/token"), List.of(
                DemoRecord.put("sup.wang", "/api/workers/W0001/y", "{}")));
        SuiteStartException error = assertThrows(SuiteStartException.class, impatient::load);
        assertTrue(error.getMessage().contains("answered 422"), error.getMessage());
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
