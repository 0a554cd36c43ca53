package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A Deployment seen through its pod template: the pods that the policies are about. */
record Workload(KubeObject deployment) {

    static List<Workload> all(List<KubeObject> objects) {
        return objects.stream().filter(o -> o.kind().equals("Deployment")).map(Workload::new).toList();
    }

    JsonNode podSpec() {
        return deployment.spec().path("template").path("spec");
    }

    Map<String, String> podLabels() {
        Map<String, String> labels = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = deployment.spec().path("template").path("metadata")
                .path("labels").fields();
        fields.forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
        return labels;
    }

    /** Containers and init containers: both run the image, both need the same hardening. */
    List<JsonNode> containers() {
        List<JsonNode> containers = new ArrayList<>();
        podSpec().path("initContainers").forEach(containers::add);
        podSpec().path("containers").forEach(containers::add);
        return containers;
    }

    String describe(JsonNode container) {
        return deployment.id() + " container " + container.path("name").asText();
    }

    /** Whether {@code other} (a PDB, NetworkPolicy, ...) lives beside these pods and selects them. */
    boolean selectedBy(KubeObject other, JsonNode selector) {
        return other.namespace().equals(deployment.namespace()) && LabelSelector.matches(selector, podLabels());
    }
}
