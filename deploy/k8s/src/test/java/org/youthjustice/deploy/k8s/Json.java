package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Comparison of YAML and JSON trees as the API server sees them: a number is equal whatever its width (YAML 1 and JSON
 * 1.0 are one value), and a field set to null is a field left out (the API server prunes null fields).
 */
final class Json {

    private Json() {
    }

    static boolean equivalent(JsonNode a, JsonNode b) {
        return firstDifference(a, b, "") == null;
    }

    /** The JSON path of the first difference, or {@code null} when the trees are equivalent. */
    static String firstDifference(JsonNode a, JsonNode b, String path) {
        if (absent(a) && absent(b)) {
            return null;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 ? null : at(path);
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String difference = firstDifference(a.path(name), b.path(name), path + "." + name);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return at(path) + " (" + a.size() + " items, expected " + b.size() + ")";
            }
            for (int i = 0; i < a.size(); i++) {
                String difference = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return a.equals(b) ? null : at(path);
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** A copy without the null fields of objects, which the API server prunes before it validates. */
    static JsonNode withoutNullFields(JsonNode node) {
        JsonNode copy = node.deepCopy();
        pruneNulls(copy);
        return copy;
    }

    private static void pruneNulls(JsonNode node) {
        if (node.isObject()) {
            List<String> nulls = new ArrayList<>();
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                }
            });
            ((ObjectNode) node).remove(nulls);
        }
        node.forEach(Json::pruneNulls);
    }

    private static String at(String path) {
        return path.isEmpty() ? "$" : "$" + path;
    }
}
