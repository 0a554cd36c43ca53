package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Kubernetes 1.30 object schemas shipped in the fabric8 kubernetes-model 6.13.4 jars
 * ({@code schema/validation-schema.json}, unpacked by the pom), made fit for manifests: closed (unknown fields
 * refused), Java-only keywords removed, and the two types that fabric8 describes by their Java shape (IntOrString,
 * Quantity) described by their YAML shape.
 */
public final class KubernetesSchemas {

    static final List<String> MODULES = List.of("core", "apps", "autoscaling", "policy", "networking");
    static final String OBJECT_META = "kubernetes_apimachinery_ObjectMeta";

    /**
     * The API versions Kubernetes 1.30 serves by default for the modules above. fabric8 also describes versions that
     * 1.30 no longer serves (autoscaling/v2beta2, policy/v1beta1, ...) or serves only behind a feature gate
     * (networking.k8s.io/v1alpha1): a manifest using them would be refused by the cluster, so they are refused here.
     */
    static final Set<String> SERVED_API_VERSIONS = Set.of("v1", "apps/v1", "autoscaling/v1", "autoscaling/v2",
            "policy/v1", "networking.k8s.io/v1");

    private static final String QUANTITY = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

    private final ObjectNode definitions;
    private final Map<String, String> definitionByType = new HashMap<>();

    private KubernetesSchemas(ObjectNode definitions) {
        this.definitions = definitions;
        Iterator<Map.Entry<String, JsonNode>> entries = definitions.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode properties = entry.getValue().path("properties");
            String apiVersion = properties.path("apiVersion").path("default").asText("");
            String kind = properties.path("kind").path("default").asText("");
            if (SERVED_API_VERSIONS.contains(apiVersion) && !kind.isEmpty()) {
                definitionByType.put(apiVersion + " " + kind, entry.getKey());
            }
        }
    }

    /** Reads the unpacked schemas from the directory the pom passes as {@code kubernetes.schemas}. */
    public static KubernetesSchemas load() {
        String directory = System.getProperty("kubernetes.schemas");
        if (directory == null) {
            throw new IllegalStateException("system property kubernetes.schemas is not set: run the tests with Maven");
        }
        return load(Path.of(directory));
    }

    static KubernetesSchemas load(Path directory) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode definitions = json.createObjectNode();
        for (String module : MODULES) {
            Path file = directory.resolve(module).resolve("schema/validation-schema.json");
            try {
                definitions.setAll((ObjectNode) json.readTree(Files.readString(file)).get("definitions"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        removeJavaKeywords(definitions);
        definitions.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("_IntOrString")) {
                definitions.set(name, anyOf(json, json.createObjectNode().put("type", "integer"),
                        json.createObjectNode().put("type", "string")));
            } else if (name.endsWith("_Quantity")) {
                definitions.set(name, anyOf(json, json.createObjectNode().put("type", "string").put("pattern",
                        QUANTITY), json.createObjectNode().put("type", "number")));
            } else if (name.endsWith("_MicroTime")) {
                definitions.set(name, json.createObjectNode().put("type", "string"));
            }
        });
        StrictSchema.close(definitions);
        return new KubernetesSchemas(definitions);
    }

    private static ObjectNode anyOf(ObjectMapper json, ObjectNode first, ObjectNode second) {
        ObjectNode schema = json.createObjectNode();
        schema.putArray("anyOf").add(first).add(second);
        return schema;
    }

    /**
     * fabric8's generator keywords mean nothing to a JSON Schema validator, and its {@code "required": true} on
     * apiVersion and kind is draft 3 syntax that draft 7 would misread.
     */
    private static void removeJavaKeywords(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> remove = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                boolean javaKeyword = field.getKey().startsWith("java") || field.getKey().equals("existingJavaType");
                boolean draft3Required = field.getKey().equals("required") && field.getValue().isBoolean();
                if (javaKeyword || draft3Required) {
                    remove.add(field.getKey());
                }
            });
            object.remove(remove);
        }
        node.forEach(KubernetesSchemas::removeJavaKeywords);
    }

    /** The definition name for a type, e.g. {@code apps/v1 Deployment} → {@code kubernetes_apps_Deployment}. */
    public Optional<String> definitionOf(String apiVersion, String kind) {
        return Optional.ofNullable(definitionByType.get(apiVersion + " " + kind));
    }

    /** A draft 7 schema that validates one definition, with every definition it may refer to beside it. */
    ObjectNode schemaOf(String definition) {
        ObjectNode schema = definitions.objectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.set("definitions", definitions);
        schema.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition);
        return schema;
    }

    ObjectNode definitions() {
        return definitions;
    }
}
