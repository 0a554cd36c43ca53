package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.PortSetting;
import org.youthjustice.local.SuiteSettings;
import org.youthjustice.systemtests.AccessTable.Row;
import org.youthjustice.systemtests.DemoScopes.Relation;
import org.youthjustice.systemtests.Mutations.Fuzz;
import org.youthjustice.systemtests.OpenApiDocument.Operation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, item 9: the fuzzer. Every operation of the merged OpenAPI document that takes parameters or a body, called
 * by a principal its row allows, on that principal's own object, with every variant of {@link Mutations}: each
 * invalid variant answers 4xx problem+json, no variant 5xx, and nothing changed (the counts and versions of
 * {@link #snapshot()} are the same before and after). It calls the services directly, as the gateway forwards them
 * (without its rate limits, which the fault tests' load avoids the same way), so that what answers is the service's
 * own validation; the gateway's own refusals before routing are the documented exceptions of its README (400 for a
 * malformed escape, 414, 431: not problem+json).
 */
@ExtendWith(RunningSuite.class)
class FuzzerIT {

    private static final Map<String, PortSetting> SERVICES = Map.of("case", PortSetting.CASE_SERVICE,
            "worker", PortSetting.WORKER_SERVICE, "procurement", PortSetting.PROCUREMENT_SERVICE,
            "notification", PortSetting.NOTIFICATION_SERVICE);

    private static SuiteSettings suite;
    private static OpenApiDocument document;
    private static DemoScopes scopes;
    private static final Map<String, Principals> callers = new HashMap<>();

    @BeforeAll
    static void suite(SuiteSettings settings) {
        suite = settings;
        document = OpenApiDocument.of(settings.gatewayUrl());
        scopes = DemoScopes.of(settings);
        SERVICES.forEach((service, port) -> callers.put(service, new Principals(settings, settings.url(port))));
    }

    @Test
    void badInputIsRefusedWithProblemJsonNeverA5xxAndChangesNothing() throws IOException {
        Map<String, Row> table = AccessTable.load();
        List<Operation> operations = new ArrayList<>(document.operations());
        operations.sort(Comparator.comparing(Operation::key));
        Map<String, String> before = snapshot();
        List<String> findings = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            Row row = table.get(operation.key());
            boolean takesInput = operation.bodySchema().isPresent() || !operation.parameters("path").isEmpty()
                    || !operation.parameters("query").isEmpty();
            if (row == null || !takesInput) {
                continue;
            }
            Principal caller = authorised(row);
            String object = scopes.object(row.object().equals("any-worker") ? "worker" : row.object(), caller,
                    row.object().equals("id") ? Relation.NONEXISTENT : Relation.OWN).orElse("");
            String path = OperationCall.path(operation, object.isEmpty() ? Map.of()
                    : Map.of(OperationCall.firstPathParameter(operation), object)) + OperationCall.requiredQuery(operation);
            JsonNode body = operation.bodySchema().isPresent() ? ExampleBodies.of(operation, document) : null;
            for (Fuzz fuzz : Mutations.of(operation, path.replaceFirst("^/api", ""), body, document)) {
                sent++;
                Caller.Answer answer = callers.get(row.service()).send(caller, operation.method(), fuzz.path(),
                        fuzz.body(), fuzz.contentType(), OperationCall.headers(operation));
                String call = "%s %s as %s, %s".formatted(operation.method(), abbreviated(fuzz.path(), 120), caller,
                        fuzz.what());
                boolean problem = answer.header("Content-Type").orElse("").startsWith("application/problem+json");
                if (answer.status() >= 500) {
                    findings.add("%s: %d %s".formatted(call, answer.status(), abbreviated(answer.text(), 200)));
                } else if (fuzz.mustRefuse() && answer.status() / 100 != 4) {
                    findings.add("%s: %d, not refused: %s".formatted(call, answer.status(),
                            abbreviated(answer.text(), 200)));
                } else if (answer.status() >= 400 && !problem) {
                    findings.add("%s: %d without problem+json".formatted(call, answer.status()));
                }
            }
        }
        Map<String, String> after = snapshot();
        System.out.printf("[fuzzer] %d variants sent, %d findings%n", sent, findings.size());
        findings.forEach(finding -> System.out.println("[fuzzer] " + finding));
        assertEquals(List.of(), findings, "variants not refused with 4xx problem+json");
        assertEquals(before, after, "what the fuzzer must not have changed");
    }

    /**
     * Through the gateway, hostile requests get problem+json from the gateway or the service, except the two refusals
     * the gateway's README documents as answered before its code runs, which are checked for their status only.
     */
    @Test
    void throughTheGatewayEveryRefusalIsProblemJsonButTheDocumentedTwo() throws IOException {
        String token = Principal.ALL.stream().filter(Principal::admin).findFirst().orElseThrow().token(suite);
        String gateway = suite.gatewayUrl();
        // the documented exceptions (gateway README, "Errors"): not problem+json
        assertEquals(414, RawHttp.get(gateway, "/api/cases/" + "A".repeat(5_000), token, null).status());
        assertEquals(431, RawHttp.get(gateway, "/api/cases", token, "X-Padding: " + "a".repeat(25_000)).status());
        // everything else: the service's problem+json, through the gateway
        for (String target : List.of("/api/cases/%ZZ", "/api/cases/a|b", "/api/cases/a%00b", "/api/cases/a%ED%A0%80b", "/api/workers?agency=a%ED%A0%80b",
                "/api/cases?office=%27%20OR%20%271%27%3D%271", "/api/regions?page=1.5", "/api/cases/..%2F..%2Fq%2Fhealth")) {
            RawHttp.Head head = RawHttp.get(gateway, target, token, null);
            assertEquals(4, head.status() / 100, target + " answered " + head.status());
            assertTrue(head.contentType().startsWith("application/problem+json"),
                    target + " answered " + head.status() + " as " + head.contentType());
        }
    }

    /** The first principal whose roles the row lists, an admin when it does: a caller that gets past the role check. */
    private static Principal authorised(Row row) {
        return Principal.ALL.stream()
                .filter(principal -> !principal.machine() && principal.holdsAny(row.roles()))
                .min(Comparator.comparing(principal -> !principal.admin()))
                .orElseThrow(() -> new IllegalStateException("no principal may call " + row.key()));
    }

    /**
     * Counts and versions the fuzzer's calls would change if a variant got through: the cases, agencies and workers
     * there are, the own case's version and records, the own worker's version, postings and trainings; the contracts
     * and departments there are (their first pages), the own contract's version, amendments, payments and
     * evaluations.
     */
    private static Map<String, String> snapshot() throws IOException {
        Principal admin = Principal.ALL.stream().filter(Principal::admin).findFirst().orElseThrow();
        String ownCase = scopes.object("case", admin, Relation.OWN).orElseThrow();
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String path : List.of("/cases", "/cases/" + ownCase + "/visits", "/cases/" + ownCase + "/services",
                "/cases/" + ownCase + "/risk-assessments")) {
            JsonNode page = callers.get("case").send(admin, "GET", path, null, null, Map.of()).body();
            // the case list counts only up to 1,000: its newest item says whether a case was added beyond that
            snapshot.put(path, page.path("total").asText() + " " + page.path("items").path(0).path("reference")
                    .asText());
        }
        for (String path : List.of("/cases/" + ownCase + "/hearings", "/cases/" + ownCase + "/transitions")) {
            snapshot.put(path, String.valueOf(callers.get("case").send(admin, "GET", path, null, null, Map.of())
                    .body().size()));
        }
        snapshot.put("ETag of /cases/" + ownCase, callers.get("case").send(admin, "GET", "/cases/" + ownCase, null,
                null, Map.of()).header("ETag").orElse(""));
        for (String path : List.of("/agencies", "/workers")) {
            snapshot.put(path, callers.get("worker").send(admin, "GET", path, null, null, Map.of()).body()
                    .path("total").asText());
        }
        for (String path : List.of("/workers/W0001/postings", "/workers/W0001/assessor-appointments")) {
            snapshot.put(path, String.valueOf(callers.get("worker").send(admin, "GET", path, null, null, Map.of())
                    .body().size()));
        }
        snapshot.put("/workers/W0001/trainings", callers.get("worker").send(admin, "GET", "/workers/W0001/trainings",
                null, null, Map.of()).text());
        snapshot.put("ETag of /workers/W0001", callers.get("worker").send(admin, "GET", "/workers/W0001", null, null,
                Map.of()).header("ETag").orElse(""));
        String ownContract = scopes.object("contract", admin, Relation.OWN).orElseThrow();
        for (String path : List.of("/contracts", "/purchasing-departments", "/contracts/" + ownContract + "/amendments",
                "/contracts/" + ownContract + "/payments", "/contracts/" + ownContract + "/evaluations")) {
            snapshot.put(path, callers.get("procurement").send(admin, "GET", path, null, null, Map.of()).text());
        }
        snapshot.put("ETag of /contracts/" + ownContract, callers.get("procurement").send(admin, "GET",
                "/contracts/" + ownContract, null, null, Map.of()).header("ETag").orElse(""));
        return snapshot;
    }

    private static String abbreviated(String text, int length) {
        return text == null ? "" : text.length() > length ? text.substring(0, length) + "…" : text;
    }
}
