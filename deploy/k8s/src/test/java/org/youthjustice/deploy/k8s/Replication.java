package org.youthjustice.deploy.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At least two pods per Deployment, so that a node drain or a crash never takes a service away. With an HPA the HPA's
 * minReplicas decides (it overrides {@code spec.replicas}); without one, {@code spec.replicas} (default 1).
 */
final class Replication implements Policy {

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : Workload.all(objects)) {
            KubeObject deployment = workload.deployment();
            Optional<KubeObject> autoscaler = objects.stream()
                    .filter(o -> o.kind().equals("HorizontalPodAutoscaler")
                            && o.namespace().equals(deployment.namespace())
                            && o.spec().at("/scaleTargetRef/kind").asText().equals("Deployment")
                            && o.spec().at("/scaleTargetRef/name").asText().equals(deployment.name()))
                    .findFirst();
            if (autoscaler.isPresent()) {
                int minimum = autoscaler.get().spec().path("minReplicas").asInt(1);
                if (minimum < 2) {
                    violations.add(autoscaler.get().id() + ": minReplicas " + minimum + " is below 2");
                }
            } else {
                int replicas = deployment.spec().path("replicas").asInt(1);
                if (replicas < 2) {
                    violations.add(deployment.id() + ": " + replicas + " replica(s) and no HPA; at least 2");
                }
            }
        }
        return violations;
    }
}
