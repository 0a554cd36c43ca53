package org.youthjustice.platform.messaging;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;

/**
 * Ready when every consuming Kafka channel has joined its group ({@link ConsumerAssignments}), so that a replaced
 * replica counts as ready only once it takes its share of the events, and no consumer waits for its infrastructure
 * ({@link ConsumerWaits}): a database that is down holds the consumer and the API alike.
 */
@Readiness
@ApplicationScoped
public class EventConsumersReadiness implements HealthCheck {

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String CONNECTOR = ".connector";

    private final ConsumerAssignments assignments;
    private final ConsumerWaits waits;
    private final Map<String, String> topicsByChannel;

    EventConsumersReadiness(@Identifier(ConsumerAssignments.NAME) ConsumerAssignments assignments, ConsumerWaits waits, Config config) {
        this.assignments = assignments;
        this.waits = waits;
        this.topicsByChannel = trackedChannels(config);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("event-consumers").up();
        topicsByChannel.forEach((channel, topic) -> {
            if (assignments.joined(topic)) {
                response.withData(channel, "joined its consumer group on " + topic);
            } else {
                response.down().withData(channel, "waiting to join its consumer group on " + topic);
            }
        });
        waits.current().forEach((consumer, wait) -> response.down().withData("consumer " + consumer,
                "waiting for its infrastructure since " + wait.since() + ": " + wait.cause() + ", "
                        + wait.failures() + " failures"));
        return response.build();
    }

    /** Kafka channels that use the platform's rebalance listener (the default), by channel name, with their topic. */
    static Map<String, String> trackedChannels(Config config) {
        var channels = new TreeMap<String, String>();
        var connectorListener = config.getOptionalValue(
                "mp.messaging.connector.smallrye-kafka.consumer-rebalance-listener.name", String.class);
        for (var name : config.getPropertyNames()) {
            if (!name.startsWith(INCOMING) || !name.endsWith(CONNECTOR)
                    || !"smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                continue;
            }
            var channel = name.substring(INCOMING.length(), name.length() - CONNECTOR.length());
            var prefix = INCOMING + channel + ".";
            var listener = config.getOptionalValue(prefix + "consumer-rebalance-listener.name", String.class)
                    .or(() -> connectorListener);
            var enabled = config.getOptionalValue(prefix + "enabled", Boolean.class).orElse(true);
            if (enabled && listener.filter(ConsumerAssignments.NAME::equals).isPresent()) {
                channels.put(channel, config.getOptionalValue(prefix + "topic", String.class).orElse(channel));
            }
        }
        return channels;
    }
}
