package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Pods are spread across zones (a zone outage leaves replicas running): a constraint on the zone that selects them. */
final class ZoneSpread implements Policy {

    static final String ZONE = "topology.kubernetes.io/zone";

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : Workload.all(objects)) {
            boolean spread = false;
            for (JsonNode constraint : workload.podSpec().path("topologySpreadConstraints")) {
                spread |= ZONE.equals(constraint.path("topologyKey").asText())
                        && LabelSelector.matches(constraint.path("labelSelector"), workload.podLabels());
            }
            if (!spread) {
                violations.add(workload.deployment().id() + ": no topologySpreadConstraint on " + ZONE
                        + " selecting its pods");
            }
        }
        return violations;
    }
}
