package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kubernetes strategic merge of a patch into an object, as kustomize applies it: maps merge, {@code null} removes a
 * key, the lists of built-in kinds that Kubernetes merges by key (containers by name, env by name, ...) merge item by
 * item, every other list is replaced. Custom resources have no merge keys (kustomize has no schema for them), so their
 * lists are replaced. {@code $patch: delete} removes a map or list item, {@code $patch: replace} replaces a map.
 */
final class StrategicMergePatch {

    /** Merge keys of the Kubernetes 1.30 API (the {@code patchMergeKey} struct tags) for the lists manifests use. */
    private static final Map<String, List<String>> MERGE_KEYS = Map.ofEntries(
            Map.entry("containers", List.of("name")),
            Map.entry("initContainers", List.of("name")),
            Map.entry("ephemeralContainers", List.of("name")),
            Map.entry("env", List.of("name")),
            Map.entry("volumes", List.of("name")),
            Map.entry("volumeMounts", List.of("mountPath")),
            Map.entry("volumeDevices", List.of("devicePath")),
            Map.entry("imagePullSecrets", List.of("name")),
            Map.entry("hostAliases", List.of("ip")),
            Map.entry("topologySpreadConstraints", List.of("topologyKey", "whenUnsatisfiable")),
            Map.entry("resourceClaims", List.of("name")));

    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "autoscaling", "policy", "batch",
            "networking.k8s.io", "rbac.authorization.k8s.io");

    private StrategicMergePatch() {
    }

    static void apply(KubeObject target, ObjectNode patch) {
        String apiVersion = target.apiVersion();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        ObjectNode withoutIdentity = patch.deepCopy();
        // a patch with a target may name any object: its own name must not rename the target
        ObjectNode metadata = (ObjectNode) withoutIdentity.get("metadata");
        if (metadata != null) {
            metadata.remove(List.of("name", "namespace"));
        }
        withoutIdentity.remove(List.of("apiVersion", "kind"));
        merge(target.node(), withoutIdentity, BUILT_IN_GROUPS.contains(group), "");
    }

    private static void merge(ObjectNode original, ObjectNode patch, boolean builtIn, String parentField) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = original.get(name);
            if (value.isNull() || isDirective(value, "delete")) {
                original.remove(name);
            } else if (isDirective(value, "replace")) {
                ObjectNode replacement = ((ObjectNode) value).deepCopy();
                replacement.remove("$patch");
                original.set(name, replacement);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, builtIn, name);
            } else if (value.isArray() && current != null && current.isArray() && builtIn
                    && MERGE_KEYS.containsKey(name)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(name), builtIn);
            } else if (value.isArray() && builtIn && "ports".equals(name) && current != null && current.isArray()) {
                // container ports merge by containerPort, a Service's by port
                mergeList((ArrayNode) current, (ArrayNode) value,
                        List.of("spec".equals(parentField) ? "port" : "containerPort"), builtIn);
            } else {
                original.set(name, stripDirectives(value.deepCopy()));
            }
        }
    }

    /**
     * The patch's items come first, in the patch's order (merged into the original item with the same key), then the
     * original items the patch does not name: the order kustomize produces.
     */
    private static void mergeList(ArrayNode original, ArrayNode patch, List<String> keys, boolean builtIn) {
        ArrayNode remaining = original.deepCopy();
        ArrayNode merged = original.arrayNode();
        for (JsonNode item : patch) {
            int index = indexOf(remaining, item, keys);
            JsonNode current = index >= 0 ? remaining.remove(index) : null;
            if (isDirective(item, "delete")) {
                continue;
            }
            if (current != null && current.isObject() && item.isObject()) {
                merge((ObjectNode) current, (ObjectNode) item, builtIn, "");
                merged.add(current);
            } else {
                merged.add(stripDirectives(item.deepCopy()));
            }
        }
        merged.addAll(remaining);
        original.removeAll();
        original.addAll(merged);
    }

    private static int indexOf(ArrayNode list, JsonNode item, List<String> keys) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode candidate = list.get(i);
            boolean same = true;
            for (String key : keys) {
                same &= candidate.path(key).equals(item.path(key));
            }
            if (same) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDirective(JsonNode value, String directive) {
        return value.isObject() && directive.equals(value.path("$patch").asText());
    }

    private static JsonNode stripDirectives(JsonNode value) {
        if (value.isObject()) {
            ((ObjectNode) value).remove("$patch");
        }
        return value;
    }
}
