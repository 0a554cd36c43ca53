package org.youthjustice.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.youthjustice.local.SuiteSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A topic of the suite's broker as an outside reader sees it: what was published on it (read without a consumer
 * group, so that the services' groups are untouched), and how far a service's consumer group has committed.
 */
final class Topic {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_BOUND = Duration.ofSeconds(60);

    private final SuiteSettings suite;
    private final String name;

    Topic(SuiteSettings suite, String name) {
        this.suite = suite;
        this.name = name;
    }

    /** One published event: the record's key and the envelope's id, type and data. */
    record Event(String key, String id, String type, JsonNode data) {

        static Event of(ConsumerRecord<String, String> record) {
            try {
                JsonNode envelope = JSON.readTree(record.value());
                return new Event(record.key(), envelope.path("id").asText(), envelope.path("type").asText(),
                        envelope.path("data"));
            } catch (JsonProcessingException e) {
                return new Event(record.key(), null, null, null);
            }
        }
    }

    /** The offset the next record of each partition will get; empty when the topic does not exist (yet). */
    Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer));
        }
    }

    /**
     * The records published from the given offsets (a partition without one, from its beginning) up to the end
     * offsets of the moment of the call.
     */
    List<ConsumerRecord<String, String>> recordsSince(Map<TopicPartition, Long> start) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, start.getOrDefault(partition, 0L));
            }
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + READ_BOUND.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " was not read to its end within " + READ_BOUND);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /** Every event published so far. */
    List<Event> events() {
        return recordsSince(Map.of()).stream().map(Event::of).toList();
    }

    /** The consumer group has committed, on every partition, an offset at or past the given one. */
    boolean consumedBy(String group, Map<TopicPartition, Long> upTo) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                suite.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return upTo.entrySet().stream().allMatch(partition -> {
                OffsetAndMetadata offset = committed.get(partition.getKey());
                return partition.getValue() == 0 || offset != null && offset.offset() >= partition.getValue();
            });
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(name, Duration.ofSeconds(10));
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // reading a dead-letter topic that was never written must not create it
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
    }
}
