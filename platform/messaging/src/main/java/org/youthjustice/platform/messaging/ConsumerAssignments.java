package org.youthjustice.platform.messaging;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Remembers which subscribed topics have joined their consumer group, for readiness: a replica is ready once each
 * of its consuming channels has taken part in a rebalance, with partitions or without (another replica may hold
 * them all). The platform makes it the rebalance listener of every Kafka channel
 * ({@code consumer-rebalance-listener.name=yjs-consumer-assignments}).
 */
@ApplicationScoped
@Identifier(ConsumerAssignments.NAME)
public class ConsumerAssignments implements KafkaConsumerRebalanceListener {

    public static final String NAME = "yjs-consumer-assignments";

    private static final Logger LOG = Logger.getLogger(ConsumerAssignments.class);

    private final Set<String> joinedTopics = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        var subscription = consumer.subscription();
        if (joinedTopics.addAll(subscription)) {
            LOG.infof("consumer of %s joined its group with partitions %s", subscription, partitions);
        }
    }

    /** Whether the consumer of the topic has had its (possibly empty) assignment since the service started. */
    boolean joined(String topic) {
        return joinedTopics.contains(topic);
    }
}
