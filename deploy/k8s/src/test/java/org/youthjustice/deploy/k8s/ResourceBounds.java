package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Every container requests and is limited in CPU and memory: the scheduler and the HPA need both. */
final class ResourceBounds implements Policy {

    private static final List<String> BOUNDS = List.of("requests/cpu", "requests/memory", "limits/cpu",
            "limits/memory");

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : Workload.all(objects)) {
            for (JsonNode container : workload.containers()) {
                for (String bound : BOUNDS) {
                    if (container.path("resources").at("/" + bound).asText().isEmpty()) {
                        violations.add(workload.describe(container) + ": no resources." + bound.replace('/', '.'));
                    }
                }
            }
        }
        return violations;
    }
}
