package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Kustomize's {@code images:} transformer: rewrites the image of every container whose image name matches. */
final class ImageReferences {

    private static final Set<String> FIELDS = Set.of("name", "newName", "newTag");
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers");

    private ImageReferences() {
    }

    static void rewrite(List<KubeObject> objects, JsonNode image, String origin) {
        image.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new ManifestException(origin + ": images support " + FIELDS + ", not '" + field + "'");
            }
        });
        AtomicInteger rewritten = new AtomicInteger();
        objects.forEach(o -> walk(o.node(), image, rewritten));
        if (rewritten.get() == 0) {
            throw new ManifestException(origin + ": image '" + image.path("name").asText() + "' is in no container");
        }
    }

    private static void walk(JsonNode node, JsonNode image, AtomicInteger rewritten) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (CONTAINER_LISTS.contains(field.getKey()) && field.getValue().isArray()) {
                    for (JsonNode container : field.getValue()) {
                        rewrite((ObjectNode) container, image, rewritten);
                    }
                } else {
                    walk(field.getValue(), image, rewritten);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, image, rewritten));
        }
    }

    private static void rewrite(ObjectNode container, JsonNode image, AtomicInteger rewritten) {
        String reference = container.path("image").asText();
        // the tag is after the last ':' that comes after the last '/' (a registry may have a port)
        int slash = reference.lastIndexOf('/');
        int colon = reference.lastIndexOf(':');
        int digest = reference.indexOf('@');
        int end = digest >= 0 ? digest : colon > slash ? colon : reference.length();
        String name = reference.substring(0, end);
        if (!name.equals(image.path("name").asText())) {
            return;
        }
        String tag = reference.substring(end);
        String newName = image.path("newName").asText(name);
        String newTag = image.has("newTag") ? ":" + image.get("newTag").asText() : tag;
        container.put("image", newName + newTag);
        rewritten.incrementAndGet();
    }
}
