package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.Set;

/**
 * Kustomize's configMapGenerator with {@code files} and {@code literals}. The name suffix hash is refused: a hashed
 * name changes with every edit, and the checks (and the runbook) name ConfigMaps exactly.
 */
final class ConfigMapGenerator {

    private static final Set<String> FIELDS = Set.of("name", "files", "literals", "options");
    private static final Set<String> OPTIONS = Set.of("disableNameSuffixHash", "labels", "annotations");

    private ConfigMapGenerator() {
    }

    static KubeObject generate(JsonNode generator, Path directory, String origin) {
        generator.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new ManifestException(origin + ": configMapGenerator supports " + FIELDS + ", not '" + field
                        + "'");
            }
        });
        JsonNode options = generator.path("options");
        options.fieldNames().forEachRemaining(field -> {
            if (!OPTIONS.contains(field)) {
                throw new ManifestException(origin + ": configMapGenerator options support " + OPTIONS + ", not '"
                        + field + "'");
            }
        });
        String name = generator.path("name").asText();
        if (!options.path("disableNameSuffixHash").asBoolean(false)) {
            throw new ManifestException(origin + ": configMapGenerator '" + name
                    + "' needs options.disableNameSuffixHash: true");
        }
        ObjectNode configMap = Yaml.MAPPER.createObjectNode();
        configMap.put("apiVersion", "v1");
        configMap.put("kind", "ConfigMap");
        ObjectNode metadata = configMap.putObject("metadata");
        metadata.put("name", name);
        if (options.has("labels")) {
            metadata.set("labels", options.get("labels").deepCopy());
        }
        if (options.has("annotations")) {
            metadata.set("annotations", options.get("annotations").deepCopy());
        }
        ObjectNode data = configMap.putObject("data");
        for (JsonNode literal : generator.path("literals")) {
            String text = literal.asText();
            int equals = text.indexOf('=');
            if (equals <= 0) {
                throw new ManifestException(origin + ": literal '" + text + "' is not KEY=value");
            }
            data.put(text.substring(0, equals), unquote(text.substring(equals + 1)));
        }
        for (JsonNode entry : generator.path("files")) {
            String text = entry.asText();
            int equals = text.indexOf('=');
            String key = equals > 0 ? text.substring(0, equals) : Path.of(text).getFileName().toString();
            String path = equals > 0 ? text.substring(equals + 1) : text;
            data.put(key, Yaml.read(directory.resolve(path)));
        }
        return new KubeObject(configMap, origin + " (configMapGenerator)");
    }

    /** Kustomize drops one pair of surrounding quotes from a literal's value. */
    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
