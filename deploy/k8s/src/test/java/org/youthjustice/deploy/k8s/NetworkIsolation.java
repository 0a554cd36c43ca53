package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Traffic is denied unless allowed: each namespace with Deployments has a default-deny NetworkPolicy (all pods, Ingress
 * and Egress, no rule), and each Deployment has a NetworkPolicy of its own (a non-empty pod selector matching its
 * pods) that allows what it needs.
 */
final class NetworkIsolation implements Policy {

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        List<KubeObject> policies = objects.stream().filter(o -> o.kind().equals("NetworkPolicy")).toList();
        Set<String> namespaces = new LinkedHashSet<>();
        Workload.all(objects).forEach(w -> namespaces.add(w.deployment().namespace()));
        for (String namespace : namespaces) {
            if (policies.stream().noneMatch(p -> p.namespace().equals(namespace) && deniesAll(p))) {
                violations.add("namespace '" + namespace + "': no default-deny NetworkPolicy (podSelector {},"
                        + " policyTypes Ingress and Egress, no rules)");
            }
        }
        for (Workload workload : Workload.all(objects)) {
            boolean own = policies.stream().anyMatch(p -> !LabelSelector.isEmpty(p.spec().path("podSelector"))
                    && workload.selectedBy(p, p.spec().path("podSelector")));
            if (!own) {
                violations.add(workload.deployment().id() + ": no NetworkPolicy selects its pods");
            }
        }
        return violations;
    }

    private static boolean deniesAll(KubeObject policy) {
        JsonNode spec = policy.spec();
        Set<String> types = new LinkedHashSet<>();
        spec.path("policyTypes").forEach(t -> types.add(t.asText()));
        return LabelSelector.isEmpty(spec.path("podSelector")) && types.containsAll(Set.of("Ingress", "Egress"))
                && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty();
    }
}
