package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** RFC 6902 JSON patch ({@code add}, {@code remove}, {@code replace}, {@code move}, {@code copy}, {@code test}). */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(KubeObject target, JsonNode operations, String origin) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            switch (op) {
                case "add" -> add(target.node(), path, operation.path("value").deepCopy(), origin);
                case "remove" -> remove(target.node(), path, origin);
                case "replace" -> {
                    remove(target.node(), path, origin);
                    add(target.node(), path, operation.path("value").deepCopy(), origin);
                }
                case "move" -> {
                    JsonNode value = get(target.node(), operation.path("from").asText(), origin);
                    remove(target.node(), operation.path("from").asText(), origin);
                    add(target.node(), path, value, origin);
                }
                case "copy" -> add(target.node(), path,
                        get(target.node(), operation.path("from").asText(), origin).deepCopy(), origin);
                case "test" -> {
                    if (!get(target.node(), path, origin).equals(operation.path("value"))) {
                        throw new ManifestException(origin + ": test of " + path + " failed on " + target.id());
                    }
                }
                default -> throw new ManifestException(origin + ": unknown JSON patch op '" + op + "'");
            }
        }
    }

    private static List<String> tokens(String pointer, String origin) {
        if (!pointer.startsWith("/")) {
            throw new ManifestException(origin + ": JSON pointer '" + pointer + "' must start with /");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode get(JsonNode root, String pointer, String origin) {
        JsonNode node = root;
        for (String token : tokens(pointer, origin)) {
            node = node.isArray() ? node.path(index(token, node.size(), origin)) : node.path(token);
            if (node.isMissingNode()) {
                throw new ManifestException(origin + ": no value at " + pointer);
            }
        }
        return node;
    }

    private static JsonNode parent(JsonNode root, List<String> tokens, String pointer, String origin) {
        JsonNode node = root;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            node = node.isArray() ? node.path(index(token, node.size(), origin)) : node.path(token);
            if (!node.isContainerNode()) {
                throw new ManifestException(origin + ": no object or list at the parent of " + pointer);
            }
        }
        return node;
    }

    private static void add(JsonNode root, String pointer, JsonNode value, String origin) {
        List<String> tokens = tokens(pointer, origin);
        JsonNode parent = parent(root, tokens, pointer, origin);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isArray()) {
            ArrayNode list = (ArrayNode) parent;
            if ("-".equals(last)) {
                list.add(value);
            } else {
                list.insert(index(last, list.size() + 1, origin), value);
            }
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static void remove(JsonNode root, String pointer, String origin) {
        get(root, pointer, origin);
        List<String> tokens = tokens(pointer, origin);
        JsonNode parent = parent(root, tokens, pointer, origin);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).remove(index(last, parent.size(), origin));
        } else {
            ((ObjectNode) parent).remove(last);
        }
    }

    private static int index(String token, int size, String origin) {
        try {
            int index = Integer.parseInt(token);
            if (index < 0 || index >= size) {
                throw new ManifestException(origin + ": list index " + token + " out of range");
            }
            return index;
        } catch (NumberFormatException e) {
            throw new ManifestException(origin + ": '" + token + "' is not a list index");
        }
    }
}
