package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code openAPIV3Schema} of every served version of the operators' CRDs in deploy/k8s/crds, closed like the
 * Kubernetes schemas (except where the CRD itself preserves unknown fields), with {@code nullable} and
 * {@code x-kubernetes-int-or-string} spelt in JSON Schema, and the object's metadata checked as Kubernetes ObjectMeta.
 * CEL rules ({@code x-kubernetes-validations}) are only evaluated by a real API server and are not checked here.
 */
public final class CustomResourceSchemas {

    private final Map<String, ObjectNode> schemaByType = new HashMap<>();

    private CustomResourceSchemas() {
    }

    public static CustomResourceSchemas load(Path crds, KubernetesSchemas kubernetes) {
        CustomResourceSchemas schemas = new CustomResourceSchemas();
        try (Stream<Path> files = Files.walk(crds)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList();
            for (Path file : yaml) {
                for (JsonNode crd : Yaml.documents(file)) {
                    schemas.add(crd, kubernetes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    private void add(JsonNode crd, KubernetesSchemas kubernetes) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (!version.path("served").asBoolean(false)) {
                continue;
            }
            ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
            // the Keycloak operator's generated schemas leave apiVersion and kind out; every object has them
            schema.withObject("/properties").putObject("apiVersion").put("type", "string");
            schema.withObject("/properties").putObject("kind").put("type", "string");
            intOrString(schema);
            StrictSchema.allowNulls(schema);
            StrictSchema.close(schema);
            schema.put("$schema", "http://json-schema.org/draft-07/schema#");
            schema.set("definitions", kubernetes.definitions());
            schema.withObject("/properties").putObject("metadata")
                    .put("$ref", "#/definitions/" + KubernetesSchemas.OBJECT_META);
            schemaByType.put(group + "/" + version.path("name").asText() + " " + kind, schema);
        }
    }

    /** {@code x-kubernetes-int-or-string} without a type allows exactly an integer or a string. */
    private static void intOrString(JsonNode node) {
        if (node.isObject() && node.path("x-kubernetes-int-or-string").asBoolean(false) && !node.has("anyOf")
                && !node.has("type")) {
            ObjectNode object = (ObjectNode) node;
            object.putArray("anyOf").add(object.objectNode().put("type", "integer"))
                    .add(object.objectNode().put("type", "string"));
        }
        node.forEach(CustomResourceSchemas::intOrString);
    }

    public Optional<ObjectNode> schemaOf(String apiVersion, String kind) {
        return Optional.ofNullable(schemaByType.get(apiVersion + " " + kind));
    }
}
