package org.youthjustice.deploy.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every policy of issue 15, item 6, for the services found in the repository and the production realm file. */
final class Policies {

    private Policies() {
    }

    static List<Policy> all(List<ServiceTopics> services, Path realmFile) {
        return List.of(new HealthProbes(), new ResourceBounds(), new ContainerHardening(), new ServiceAccountTokens(),
                new Replication(), new ZoneSpread(), new DisruptionBudgets(), new NetworkIsolation(),
                new SecretLiterals(), new KafkaTopics(services), new KafkaUserAcls(services),
                new RealmImport(realmFile));
    }

    static List<String> violations(List<Policy> policies, List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        policies.forEach(p -> violations.addAll(p.violations(objects)));
        return violations;
    }
}
