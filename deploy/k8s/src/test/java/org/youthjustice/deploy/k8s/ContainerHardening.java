package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The restricted Pod Security Standard for every container: non-root, read-only root filesystem, no privilege
 * escalation, all capabilities dropped, the runtime's default seccomp profile. runAsNonRoot and seccompProfile may be
 * set for the pod; the container's own setting wins, as in Kubernetes.
 */
final class ContainerHardening implements Policy {

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : Workload.all(objects)) {
            JsonNode pod = workload.podSpec().path("securityContext");
            for (JsonNode container : workload.containers()) {
                JsonNode own = container.path("securityContext");
                String name = workload.describe(container);
                if (!effective(own, pod, "runAsNonRoot").asBoolean(false)) {
                    violations.add(name + ": runAsNonRoot is not true");
                }
                if (!own.path("readOnlyRootFilesystem").asBoolean(false)) {
                    violations.add(name + ": readOnlyRootFilesystem is not true");
                }
                if (!own.path("allowPrivilegeEscalation").isBoolean()
                        || own.path("allowPrivilegeEscalation").asBoolean()) {
                    violations.add(name + ": allowPrivilegeEscalation is not false");
                }
                if (!dropsAll(own.path("capabilities"))) {
                    violations.add(name + ": capabilities do not drop ALL (or add some back)");
                }
                if (!"RuntimeDefault".equals(effective(own, pod, "seccompProfile").path("type").asText())) {
                    violations.add(name + ": seccompProfile is not RuntimeDefault");
                }
            }
        }
        return violations;
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }

    private static boolean dropsAll(JsonNode capabilities) {
        boolean dropsAll = false;
        for (JsonNode dropped : capabilities.path("drop")) {
            dropsAll |= "ALL".equals(dropped.asText());
        }
        return dropsAll && capabilities.path("add").isEmpty();
    }
}
