package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.TreeSet;

/** Comparison of YAML and JSON trees where a number is equal whatever its width (YAML 1 and JSON 1.0 are one value). */
final class Json {

    private Json() {
    }

    static boolean equivalent(JsonNode a, JsonNode b) {
        return firstDifference(a, b, "") == null;
    }

    /** The JSON path of the first difference, or {@code null} when the trees are equivalent. */
    static String firstDifference(JsonNode a, JsonNode b, String path) {
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

    private static String at(String path) {
        return path.isEmpty() ? "$" : "$" + path;
    }
}
