package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.SuiteSettings;
import org.youthjustice.systemtests.AccessTable.Row;
import org.youthjustice.systemtests.DemoScopes.Relation;
import org.youthjustice.systemtests.OpenApiDocument.Operation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 11, item 9: the authorisation matrix. Every operation of the gateway's merged OpenAPI document × every
 * principal of the realm (demo users and partner clients) × an own, a foreign, a sealed and a nonexistent object (as
 * far as the operation names one and the demo data has one), through the gateway; each answer against what
 * {@code authorisation-matrix.txt} and {@link AccessRules} say, never from what the suite answered before. Every 2xx
 * answer is searched for the principal's foreign data; every refusal must be problem+json. Writes to an own object
 * are sent with an empty body, so the matrix changes nothing it may change. Prints one line per cell that differs.
 */
@ExtendWith(RunningSuite.class)
class AuthorisationMatrixIT {

    private static OpenApiDocument document;
    private static DemoScopes scopes;
    private static Principals principals;

    @BeforeAll
    static void suite(SuiteSettings suite) {
        document = OpenApiDocument.of(suite.gatewayUrl());
        scopes = DemoScopes.of(suite);
        principals = new Principals(suite, suite.gatewayUrl());
    }

    @Test
    void everyOperationOfTheDocumentHasItsRowAndEveryRowItsOperation() {
        Set<String> operations = new TreeSet<>();
        document.operations().forEach(operation -> operations.add(operation.key()));
        assertEquals(new TreeSet<>(AccessTable.load().keySet()), operations,
                "authorisation-matrix.txt and the merged OpenAPI document list the same operations");
    }

    @Test
    void everyPrincipalGetsWhatItsRolesAndScopeAllowAndNoForeignData() throws IOException {
        Map<String, Row> table = AccessTable.load();
        List<Operation> operations = new ArrayList<>(document.operations());
        operations.sort(Comparator.comparing(Operation::key));
        List<String> differences = new ArrayList<>();
        int cells = 0;
        for (Operation operation : operations) {
            Row row = table.get(operation.key());
            if (row == null) {
                continue;
            }
            for (Principal principal : Principal.ALL) {
                for (Relation relation : relations(row.object())) {
                    Optional<String> object = row.object().equals("-") ? Optional.of("")
                            : scopes.object(row.object(), principal, relation);
                    if (object.isEmpty()) {
                        continue;
                    }
                    Set<Integer> expected = AccessRules.expected(row, principal, relation,
                            operation.parameters("path").size() > 1);
                    if (row.refusedOnly() && !AccessRules.refusal(expected)) {
                        continue;
                    }
                    cells++;
                    check(operation, row, principal, relation, object.get(), expected).ifPresent(differences::add);
                }
            }
        }
        System.out.printf("[matrix] %d operations, %d principals, %d cells, %d differences%n", operations.size(),
                Principal.ALL.size(), cells, differences.size());
        differences.forEach(difference -> System.out.println("[matrix] " + difference));
        assertEquals(List.of(), differences, "cells that differ from authorisation-matrix.txt and AccessRules");
    }

    private static List<Relation> relations(String object) {
        return switch (object) {
            case "-" -> List.of(Relation.OWN);
            case "id" -> List.of(Relation.NONEXISTENT);
            default -> List.of(Relation.values());
        };
    }

    private static Optional<String> check(Operation operation, Row row, Principal principal, Relation relation,
                                          String object, Set<Integer> expected) throws IOException {
        String path = OperationCall.path(operation, object.isEmpty() ? Map.of()
                : Map.of(OperationCall.firstPathParameter(operation), object)) + OperationCall.requiredQuery(operation);
        byte[] body = null;
        Optional<JsonNode> schema = operation.bodySchema();
        if (schema.isPresent()) {
            // a refusal must hold for a plausible body; an allowed call gets an empty body (refused as input) for an
            // own object or any object, and a plausible one for another object, which only its scope may refuse
            boolean empty = !AccessRules.refusal(expected)
                    && (relation == Relation.OWN || row.object().equals("any-worker"));
            String json = empty ? "{}" : ExampleBodies.of(operation, document).toString();
            body = json.getBytes(StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new HashMap<>(OperationCall.headers(operation));
        // the export answers text/csv: a refusal must not depend on what the caller accepts
        headers.put("Accept", "*/*");
        Caller.Answer answer = principals.send(principal, operation.method(), path, body, "application/json", headers);
        String cell = "%s %s as %s (%s object %s)".formatted(operation.method(), path, principal, relation, object);
        if (!expected.contains(answer.status())) {
            return Optional.of("%s: %d, expected %s: %s".formatted(cell, answer.status(), expected,
                    abbreviated(answer.text())));
        }
        if (answer.status() >= 400 && !answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            return Optional.of("%s: %d without problem+json".formatted(cell, answer.status()));
        }
        if (answer.acknowledged()) {
            for (String foreign : scopes.foreignData(principal)) {
                // a whole id: W0027 is not W00271
                if (answer.text() != null && Pattern.compile("(?<![0-9A-Za-z-])" + Pattern.quote(foreign)
                        + "(?![0-9])").matcher(answer.text()).find()) {
                    return Optional.of("%s: %d shows foreign data %s".formatted(cell, answer.status(), foreign));
                }
            }
        }
        return Optional.empty();
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
