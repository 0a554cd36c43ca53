package org.youthjustice.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor under any event latency of the suite: a record produced to the broker and seen by a consumer that is
 * already assigned and polling, at the same rate as the events measured. The producer acknowledges with
 * {@code acks=all} and sends at once ({@code linger.ms=0}), as a relay that waits for the acknowledgement does.
 */
public final class KafkaRoundTrip {

    public static final String TOPIC = "bench.roundtrip";
    private static final Duration POLL = Duration.ofMillis(5);

    private final String bootstrapServers;

    public KafkaRoundTrip(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The round trips of {@code count} records sent at {@code perSecond}, in nanoseconds, in the order sent. */
    public Result measure(int count, double perSecond) throws Exception {
        createTopic();
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        CountDownLatch assigned = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(count);
        AtomicBoolean stop = new AtomicBoolean();
        Thread consumerThread = new Thread(() -> consume(partition, seen, sent, assigned, all, stop), "bench-consumer");
        consumerThread.start();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            if (!assigned.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the consumer of " + TOPIC + " was not ready within 60 s");
            }
            // one record sent and seen before the clock starts: metadata and connections are then warm
            String run = Long.toString(System.nanoTime(), 36);
            producer.send(new ProducerRecord<>(TOPIC, run + "-warm-up", "warm-up")).get();
            RateSchedule schedule = new RateSchedule(System.nanoTime(), perSecond);
            long lastSend = 0;
            for (int i = 0; i < count; i++) {
                schedule.awaitTurn(i);
                String key = run + "-" + i;
                lastSend = System.nanoTime();
                sent.put(key, lastSend);
                producer.send(new ProducerRecord<>(TOPIC, key, "{}"));
            }
            producer.flush();
            all.await(60, TimeUnit.SECONDS);
            List<Long> trips = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Long at = seen.get(run + "-" + i);
                if (at != null) {
                    trips.add(at - sent.get(run + "-" + i));
                }
            }
            return new Result(trips, schedule.achieved(count, lastSend));
        } finally {
            stop.set(true);
            consumerThread.join(10_000);
        }
    }

    private void consume(TopicPartition partition, Map<String, Long> seen, Map<String, Long> sent,
                         CountDownLatch assigned, CountDownLatch all, AtomicBoolean stop) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            // position() resolves the end now, so that nothing sent after the latch is skipped
            consumer.position(partition);
            assigned.countDown();
            while (!stop.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    long now = System.nanoTime();
                    if (sent.containsKey(record.key()) && seen.putIfAbsent(record.key(), now) == null) {
                        all.countDown();
                    }
                }
            }
        }
    }

    private void createTopic() throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    /**
     * @param nanos    round trips of the records seen within a minute of the last send
     * @param achieved records sent per second
     */
    public record Result(List<Long> nanos, double achieved) {
    }
}
