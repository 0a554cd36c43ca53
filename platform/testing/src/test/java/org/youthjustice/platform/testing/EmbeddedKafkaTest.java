package org.youthjustice.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedKafkaTest {

    @Test
    void recordsSurviveABrokerRestartOnTheSameAddress() throws Exception {
        String bootstrap = KafkaResource.bootstrapServers();
        assertEquals(bootstrap, new KafkaResource().start().get("kafka.bootstrap.servers"), "one broker per JVM");

        send(bootstrap, "before");
        KafkaResource.broker().stop();
        KafkaResource.broker().start();
        send(bootstrap, "after");

        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "embedded-kafka-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("platform-testing"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
                return received.size() >= 2;
            });
        }
        assertEquals(List.of("before", "after"), received);
    }

    @Test
    void aClosedBrokerLeavesNoLogDirectoryBehind() {
        EmbeddedKafka kafka = EmbeddedKafka.onFreePorts();
        kafka.start();
        assertTrue(Files.isDirectory(kafka.logDir()));

        kafka.close();

        assertFalse(kafka.isRunning());
        assertFalse(Files.exists(kafka.logDir()), "the temporary log directory is deleted");
    }

    private static void send(String bootstrap, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("platform-testing", "key", value)).get(30, TimeUnit.SECONDS);
        }
    }
}
