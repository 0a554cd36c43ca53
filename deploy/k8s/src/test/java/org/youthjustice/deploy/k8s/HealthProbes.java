package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every container has a startup, a liveness and a readiness probe; an HTTP probe asks Quarkus's matching health
 * endpoint (a liveness probe on {@code /q/health/ready} would restart pods whenever the database is slow).
 */
final class HealthProbes implements Policy {

    private static final Map<String, String> PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : Workload.all(objects)) {
            for (JsonNode container : workload.podSpec().path("containers")) {
                PATHS.forEach((probe, path) -> {
                    JsonNode definition = container.path(probe);
                    if (!definition.isObject()) {
                        violations.add(workload.describe(container) + ": no " + probe);
                    } else if (definition.has("httpGet") && !path.equals(definition.at("/httpGet/path").asText())) {
                        violations.add(workload.describe(container) + ": " + probe + " must ask " + path);
                    }
                });
            }
        }
        return violations;
    }
}
