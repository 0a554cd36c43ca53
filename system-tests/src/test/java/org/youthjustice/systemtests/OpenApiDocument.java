package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's merged OpenAPI document as the matrix and the fuzzer read it: its operations, their parameters and
 * request bodies, and an example body built from the schemas' own examples (what a partner developer would try first).
 */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    static OpenApiDocument of(String gatewayUrl) {
        try {
            String body = RestAssured.given().baseUri(gatewayUrl).get("/openapi").then().statusCode(200)
                    .extract().asString();
            return new OpenApiDocument(new ObjectMapper().readTree(body));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the merged OpenAPI document is not JSON", e);
        }
    }

    /** One operation: {@code GET /api/cases/{reference}} and its definition. */
    record Operation(String method, String path, JsonNode definition, OpenApiDocument document) {

        String key() {
            return method + " " + path;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            definition.path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals(in)) {
                    found.add(parameter);
                }
            });
            return found;
        }

        Optional<JsonNode> bodySchema() {
            JsonNode content = definition.path("requestBody").path("content");
            JsonNode json = content.has("application/json") ? content.path("application/json")
                    : content.elements().hasNext() ? content.elements().next() : null;
            return json == null ? Optional.empty() : Optional.of(document.resolve(json.path("schema")));
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(), this));
            }
        }));
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} names (one level of {@code allOf} is merged too). */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.path("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        return resolved;
    }

    /**
     * A body made of the schema's examples: each property with its example, its enum's first value, or a plausible
     * value of its type; nested objects and arrays likewise.
     */
    JsonNode example(JsonNode schema) {
        return example(schema, schema, 0);
    }

    private JsonNode example(JsonNode schema, JsonNode outer, int depth) {
        JsonNode resolved = resolve(schema);
        JsonNode examples = schema.has("examples") ? schema.path("examples") : resolved.path("examples");
        if (examples.isArray() && !examples.isEmpty()) {
            return examples.get(0);
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return resolved.path("enum").get(0);
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : resolved.path(choice)) {
                if (!resolve(alternative).path("type").asText().equals("null")) {
                    return example(alternative, outer, depth);
                }
            }
        }
        String type = resolved.path("type").isArray() ? resolved.path("type").get(0).asText()
                : resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
                    properties.forEachRemaining(property -> object.set(property.getKey(),
                            example(property.getValue(), outer, depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4 && resolved.has("items")) {
                    array.add(example(resolved.path("items"), outer, depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(resolved.has("minimum") ? resolved.path("minimum").asLong() : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(switch (resolved.path("format").asText()) {
                    case "date" -> "2027-01-15";
                    case "date-time" -> "2027-01-15T02:30:00Z";
                    case "uuid" -> "00000000-0000-4000-8000-000000000000";
                    default -> "example";
                });
            }
        }
    }
}
