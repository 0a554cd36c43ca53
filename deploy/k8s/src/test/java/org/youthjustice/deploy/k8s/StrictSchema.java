package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Closes the objects of a schema: an object schema that lists its properties refuses any other, as the API server does
 * with strict field validation ({@code kubectl apply --validate=strict}). Without this a misspelt field
 * ({@code readOnlyRootFileSystem}) would pass validation and be dropped silently by the cluster.
 */
final class StrictSchema {

    private StrictSchema() {
    }

    static void close(JsonNode schema) {
        if (schema.isArray()) {
            schema.forEach(StrictSchema::close);
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) schema;
        boolean open = object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        JsonNode additional = object.get("additionalProperties");
        if (object.has("properties") && !open && (additional == null || additional.isBoolean())) {
            object.put("additionalProperties", false);
        }
        List<JsonNode> children = new ArrayList<>();
        object.elements().forEachRemaining(children::add);
        children.forEach(StrictSchema::close);
    }

    /** An OpenAPI {@code nullable: true} is JSON Schema's extra "null" type. */
    static void allowNulls(JsonNode schema) {
        if (schema.isArray()) {
            schema.forEach(StrictSchema::allowNulls);
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) schema;
        if (object.path("nullable").asBoolean(false) && object.path("type").isTextual()) {
            ArrayNode types = object.arrayNode().add(object.get("type").asText()).add("null");
            object.set("type", types);
        }
        List<JsonNode> children = new ArrayList<>();
        object.elements().forEachRemaining(children::add);
        children.forEach(StrictSchema::allowNulls);
    }
}
