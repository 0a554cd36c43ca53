package org.youthjustice.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every topic the services use has a KafkaTopic (Strimzi's topic operator creates it; the brokers do not auto-create),
 * and every KafkaTopic survives a broker loss without losing acknowledged writes: 3 replicas and
 * {@code min.insync.replicas} 2 (with {@code acks=all}, one broker may be down and writes still succeed).
 */
final class KafkaTopics implements Policy {

    private final List<ServiceTopics> services;

    KafkaTopics(List<ServiceTopics> services) {
        this.services = services;
    }

    @Override
    public List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        List<KubeObject> topics = objects.stream().filter(o -> o.kind().equals("KafkaTopic")).toList();
        Map<String, KubeObject> byTopicName = topics.stream()
                .collect(Collectors.toMap(KafkaTopics::topicName, t -> t, (first, second) -> first));
        Set<String> used = new TreeSet<>();
        services.forEach(s -> used.addAll(s.all()));
        for (String topic : used) {
            if (!byTopicName.containsKey(topic)) {
                violations.add("topic " + topic + " is used by " + users(topic) + " but has no KafkaTopic");
            }
        }
        for (KubeObject topic : topics) {
            JsonNode spec = topic.spec();
            if (spec.path("replicas").asInt(0) != 3) {
                violations.add(topic.id() + ": replicas " + spec.path("replicas").asText("unset") + ", expected 3");
            }
            JsonNode minInSync = spec.path("config").path("min.insync.replicas");
            if (!"2".equals(minInSync.asText())) {
                violations.add(topic.id() + ": min.insync.replicas " + minInSync.asText("unset") + ", expected 2");
            }
        }
        return violations;
    }

    /** Strimzi names the Kafka topic after {@code spec.topicName}, or after the resource when that is absent. */
    static String topicName(KubeObject topic) {
        return topic.spec().path("topicName").asText(topic.name());
    }

    private String users(String topic) {
        return services.stream().filter(s -> s.all().contains(topic)).map(ServiceTopics::app)
                .collect(Collectors.joining(", "));
    }
}
