package org.youthjustice.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

/**
 * Hands the dead letters of a channel back to its consumer after a fix (ADR 0006): reads the channel's dead-letter
 * topic from its beginning up to its end at the time of the call and runs each record, or each of the named
 * events, through the consumer's {@link EventConsumer#consume} again. Idempotent: an event the consumer has
 * processed since (in an earlier replay, or because another service's consumer of the same topic dead-lettered it)
 * is skipped by the inbox. Dead letters stay on their topic; nothing is published.
 */
@ApplicationScoped
public class DeadLetterReplay {

    /** How long reading a dead-letter topic may take before the replay gives up on the rest. */
    private static final Duration READ_DEADLINE = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    /** What a replay did; {@code failed} names each record that failed again, with the reason. */
    public record Outcome(String channel, String deadLetterTopic, int read, int matched, int handled, int skipped,
                          List<Failure> failed) {
    }

    /** A dead letter that failed again: where it is, its event id when it has one, and why. */
    public record Failure(int partition, long offset, String eventId, String reason) {
    }

    private final Instance<EventConsumer> consumers;
    private final Map<String, Object> kafkaConfig;
    private final Config config;

    DeadLetterReplay(@Any Instance<EventConsumer> consumers,
                     @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config) {
        this.consumers = consumers;
        this.kafkaConfig = kafkaConfig;
        this.config = config;
    }

    /** The consumer of the channel, if this service has one. */
    public Optional<EventConsumer> consumerOf(String channel) {
        return consumers.stream().filter(consumer -> consumer.channel().equals(channel)).findFirst();
    }

    /**
     * Replays the channel's dead letters.
     *
     * @param eventIds the events to replay; empty for all
     * @throws IllegalArgumentException if this service has no consumer of the channel
     */
    public Outcome replay(String channel, Set<UUID> eventIds) {
        var consumer = consumerOf(channel)
                .orElseThrow(() -> new IllegalArgumentException("no consumer of channel " + channel));
        var topic = deadLetterTopic(channel);
        var read = 0;
        var matched = 0;
        var handled = 0;
        var failed = new ArrayList<Failure>();
        for (var record : deadLetters(topic)) {
            read++;
            var eventId = eventId(record);
            if (!eventIds.isEmpty() && (eventId.isEmpty() || !eventIds.contains(eventId.get()))) {
                continue;
            }
            matched++;
            try {
                if (consumer.consume(record)) {
                    handled++;
                }
            } catch (ConsumerStoppedException e) {
                throw e;
            } catch (RuntimeException e) {
                failed.add(new Failure(record.partition(), record.offset(), eventId.map(UUID::toString).orElse(null),
                        e.getMessage()));
            }
        }
        var outcome = new Outcome(channel, topic, read, matched, handled, matched - handled - failed.size(),
                List.copyOf(failed));
        LOG.infof("dead letters of channel %s replayed from %s: %d read, %d matched, %d handled, %d skipped, %d failed",
                channel, topic, read, matched, handled, outcome.skipped(), failed.size());
        return outcome;
    }

    private String deadLetterTopic(String channel) {
        return DeadLetters.topicOf(config, channel);
    }

    /** Every record of the topic up to its end offsets at the start, in offset order per partition. */
    private List<ConsumerRecord<String, String>> deadLetters(String topic) {
        var properties = KafkaClientSettings.of(kafkaConfig, ConsumerConfig.configNames());
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-replay-" + topic);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        var records = new ArrayList<ConsumerRecord<String, String>>();
        try (var reader = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            var partitions = reader.partitionsFor(topic, READ_DEADLINE).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return records;
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            var end = reader.endOffsets(partitions, READ_DEADLINE);
            var deadline = System.nanoTime() + READ_DEADLINE.toNanos();
            while (partitions.stream().anyMatch(partition -> reader.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + topic + " took longer than " + READ_DEADLINE);
                }
                for (var record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private static Optional<UUID> eventId(ConsumerRecord<String, String> record) {
        try {
            return Optional.of(EventEnvelope.parse(record.value()).id());
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }
}
