package org.youthjustice.deploy.k8s;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validates rendered objects: built-in kinds against Kubernetes 1.30, custom resources against their CRD. */
public final class SchemaValidation {

    private final KubernetesSchemas kubernetes;
    private final CustomResourceSchemas customResources;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, JsonSchema> compiled = new HashMap<>();

    public SchemaValidation(KubernetesSchemas kubernetes, CustomResourceSchemas customResources) {
        this.kubernetes = kubernetes;
        this.customResources = customResources;
    }

    /** The Kubernetes schemas from the pom and the CRDs in {@code crds}. */
    public static SchemaValidation of(Path crds) {
        KubernetesSchemas kubernetes = KubernetesSchemas.load();
        return new SchemaValidation(kubernetes, CustomResourceSchemas.load(crds, kubernetes));
    }

    /** One line per error, naming the object and the JSON path; empty when every object is valid. */
    public List<String> validate(List<KubeObject> objects) {
        List<String> errors = new ArrayList<>();
        for (KubeObject object : objects) {
            Optional<JsonSchema> schema = schemaOf(object.apiVersion(), object.kind());
            if (schema.isEmpty()) {
                errors.add(object + ": no schema for apiVersion " + object.apiVersion() + " kind " + object.kind()
                        + " (Kubernetes 1.30 or deploy/k8s/crds)");
                continue;
            }
            for (ValidationMessage message : schema.get().validate(Json.withoutNullFields(object.node()))) {
                errors.add(object + ": " + message.getMessage());
            }
        }
        return errors;
    }

    private Optional<JsonSchema> schemaOf(String apiVersion, String kind) {
        String type = apiVersion + " " + kind;
        if (compiled.containsKey(type)) {
            return Optional.of(compiled.get(type));
        }
        Optional<JsonSchema> schema = kubernetes.definitionOf(apiVersion, kind).map(kubernetes::schemaOf)
                .or(() -> customResources.schemaOf(apiVersion, kind))
                .map(factory::getSchema);
        schema.ifPresent(s -> compiled.put(type, s));
        return schema;
    }
}
