package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each service's KafkaUser (named after the app) may write only its own topics: the topic it publishes and the
 * dead-letter topics of the topics it consumes. A Write or All ACL on any other topic, on a prefix or on {@code *}
 * would let one compromised service forge another's events.
 */
final class KafkaUserAcls implements Policy {

    private static final Set<String> WRITING = Set.of("Write", "All");

    private final List<ServiceTopics> services;

    KafkaUserAcls(List<ServiceTopics> services) {
        this.services = services;
    }

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (KubeObject user : objects) {
            if (!user.kind().equals("KafkaUser")) {
                continue;
            }
            Set<String> own = services.stream().filter(s -> s.app().equals(user.name())).findFirst()
                    .map(ServiceTopics::writes).orElse(new TreeSet<>());
            for (JsonNode acl : user.spec().path("authorization").path("acls")) {
                if ("deny".equals(acl.path("type").asText()) || !writes(acl)) {
                    continue;
                }
                JsonNode resource = acl.path("resource");
                String type = resource.path("type").asText();
                String name = resource.path("name").asText();
                boolean literal = "literal".equals(resource.path("patternType").asText("literal"));
                if (type.equals("cluster")) {
                    violations.add(user.id() + ": may write to the whole cluster");
                } else if (type.equals("topic") && (!literal || !own.contains(name))) {
                    violations.add(user.id() + ": may write topic " + (literal ? "" : "prefix ") + "'" + name
                            + "'; it may write only " + own);
                }
            }
        }
        return violations;
    }

    private static boolean writes(JsonNode acl) {
        boolean writes = false;
        for (JsonNode operation : acl.path("operations")) {
            writes |= WRITING.contains(operation.asText());
        }
        return writes;
    }
}
