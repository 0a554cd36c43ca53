package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.youthjustice.systemtests.OpenApiDocument.Operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/** The parts of a call of an operation that the matrix and the fuzzer fill in the same way. */
final class OperationCall {

    /** An id no demo record has, for a path parameter of the given schema. */
    static final String NO_SUCH_UUID = "00000000-0000-4000-8000-000000000000";
    static final String NO_SUCH_NUMBER = "999999999";

    private OperationCall() {
    }

    /** The path with {@code values} for the parameters they name and ids that do not exist for the others. */
    static String path(Operation operation, Map<String, String> values) {
        String path = operation.path();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            String value = values.getOrDefault(name, nonexistent(operation, parameter));
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    /** The name of the first path parameter, the one whose object the matrix varies. */
    static String firstPathParameter(Operation operation) {
        return operation.parameters("path").isEmpty() ? ""
                : operation.path().replaceFirst("^[^{]*\\{([^}]+)}.*$", "$1");
    }

    private static String nonexistent(Operation operation, JsonNode parameter) {
        JsonNode schema = operation.document().resolve(parameter.path("schema"));
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> NO_SUCH_NUMBER;
            default -> schema.path("format").asText().equals("uuid") ? NO_SUCH_UUID : "NONEXISTENT-1";
        };
    }

    /** {@code ?name=value&...} of the required query parameters, each with its example or its enum's first value. */
    static String requiredQuery(Operation operation) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean()) {
                JsonNode example = operation.document().example(parameter.path("schema"));
                query.add(parameter.path("name").asText() + "="
                        + URLEncoder.encode(example.asText(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /**
     * The headers an operation declares: a fresh {@code Idempotency-Key}, and an {@code If-Match} that matches no
     * version (a write the matrix or the fuzzer lets through by mistake then still changes nothing of an own object).
     */
    static Map<String, String> headers(Operation operation) {
        Map<String, String> headers = new HashMap<>();
        for (JsonNode parameter : operation.parameters("header")) {
            switch (parameter.path("name").asText()) {
                case "Idempotency-Key" -> headers.put("Idempotency-Key", UUID.randomUUID().toString());
                case "If-Match" -> headers.put("If-Match", "\"2147483647\"");
                default -> {
                }
            }
        }
        return headers;
    }
}
