package org.youthjustice.deploy.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No pod gets an API token mounted: the services never call the Kubernetes API, and a stolen token is a foothold.
 * The pod's own {@code automountServiceAccountToken} wins; without one, its ServiceAccount's setting applies.
 */
final class ServiceAccountTokens implements Policy {

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (KubeObject account : objects) {
            if (account.kind().equals("ServiceAccount")
                    && account.node().path("automountServiceAccountToken").asBoolean(true)) {
                violations.add(account.id() + ": automountServiceAccountToken is not false");
            }
        }
        for (Workload workload : Workload.all(objects)) {
            String accountName = workload.podSpec().path("serviceAccountName").asText("default");
            Optional<KubeObject> account = objects.stream().filter(o -> o.kind().equals("ServiceAccount")
                    && o.name().equals(accountName) && o.namespace().equals(workload.deployment().namespace()))
                    .findFirst();
            boolean mounted = workload.podSpec().has("automountServiceAccountToken")
                    ? workload.podSpec().get("automountServiceAccountToken").asBoolean()
                    : account.map(a -> a.node().path("automountServiceAccountToken").asBoolean(true)).orElse(true);
            if (mounted) {
                violations.add(workload.deployment().id() + ": pods mount the token of ServiceAccount "
                        + accountName);
            }
        }
        return violations;
    }
}
