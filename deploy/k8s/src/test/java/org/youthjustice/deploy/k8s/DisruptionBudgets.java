package org.youthjustice.deploy.k8s;

import java.util.ArrayList;
import java.util.List;

/** Every Deployment's pods are covered by a PodDisruptionBudget, so that a node drain keeps one serving. */
final class DisruptionBudgets implements Policy {

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : Workload.all(objects)) {
            boolean covered = objects.stream().anyMatch(o -> o.kind().equals("PodDisruptionBudget")
                    && workload.selectedBy(o, o.spec().path("selector")));
            if (!covered) {
                violations.add(workload.deployment().id() + ": no PodDisruptionBudget selects its pods");
            }
        }
        return violations;
    }
}
