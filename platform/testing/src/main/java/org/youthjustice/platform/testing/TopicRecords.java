package org.youthjustice.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;


/**
 * Reads what really reached a topic of the shared test broker, from its beginning, so that a test can assert
 * that an event was published (and how many times).
 *
 * <pre>{@code
 * try (TopicRecords records = TopicRecords.of("workers.v1")) {
 *     ConsumerRecord<String, String> event = records.await(r -> r.key().equals(code));
 * }
 * }</pre>
 */
public final class TopicRecords implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicRecords(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** A reader of {@code topic} on the shared broker of {@link KafkaResource}. */
    public static TopicRecords of(String topic) {
        return new TopicRecords(KafkaResource.bootstrapServers(), topic);
    }

    /** A reader of {@code topic} on another broker. */
    public static TopicRecords of(String bootstrapServers, String topic) {
        return new TopicRecords(bootstrapServers, topic);
    }

    /** The first record that matches, waiting up to 30 seconds for it. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match) {
        org.awaitility.Awaitility.await("a record on the topic").atMost(WAIT).until(() -> {
            poll();
            return seen.stream().anyMatch(match);
        });
        return seen.stream().filter(match).findFirst().orElseThrow();
    }

    /** Every matching record that arrives within {@code quiet} after the last poll that brought any. */
    public List<ConsumerRecord<String, String>> all(Predicate<ConsumerRecord<String, String>> match, Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            if (poll() > 0) {
                deadline = System.nanoTime() + quiet.toNanos();
            }
        }
        return seen.stream().filter(match).toList();
    }

    private int poll() {
        int count = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(record);
            count++;
        }
        return count;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
