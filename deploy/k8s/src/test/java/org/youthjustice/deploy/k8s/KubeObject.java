package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/** One rendered Kubernetes object; the tree is mutable while a kustomization transforms it. */
public record KubeObject(ObjectNode node, String origin) {

    /** Kinds without a namespace: kustomize's {@code namespace:} leaves them alone, and so do we. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterIssuer", "ClusterRole",
            "ClusterRoleBinding", "CustomResourceDefinition", "PriorityClass", "StorageClass", "IngressClass",
            "PersistentVolume");

    public String apiVersion() {
        return node.path("apiVersion").asText();
    }

    public String kind() {
        return node.path("kind").asText();
    }

    public String name() {
        return node.path("metadata").path("name").asText();
    }

    public String namespace() {
        return node.path("metadata").path("namespace").asText("");
    }

    public boolean namespaced() {
        return !CLUSTER_SCOPED.contains(kind());
    }

    public JsonNode spec() {
        return node.path("spec");
    }

    public ObjectNode metadata() {
        return node.withObject("/metadata");
    }

    public boolean is(String kind, String name) {
        return kind().equals(kind) && name().equals(name);
    }

    /** Kind, namespace and name: two objects with the same id would overwrite each other on apply. */
    public String id() {
        return kind() + " " + (namespace().isEmpty() ? "" : namespace() + "/") + name();
    }

    @Override
    public String toString() {
        return id() + " (" + origin + ")";
    }
}
