package org.youthjustice.systemtests;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.SuiteSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real domain event across services: an agency registered in worker-service becomes, through the outbox,
 * Kafka and notification-service's idempotent consumer, one alert in the procurement officers' inbox; the same
 * event delivered again changes nothing.
 */
@ExtendWith(RunningSuite.class)
class AgencyEventIT {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void aRegistrationBecomesOneAlertAndARedeliveryChangesNothing(SuiteSettings suite) throws Exception {
        String code = Agencies.freshCreditCode();
        given().baseUri(suite.gatewayUrl()).auth().oauth2(Keycloak.tokenOf(suite, "admin.ops"))
                .contentType(ContentType.JSON)
                .body(Agencies.registration(code, "System Test Social Work Centre"))
                .post("/api/agencies")
                .then().statusCode(201);

        await("the alert in the procurement officer's inbox").atMost(BOUND).until(() -> alertsAbout(suite, code) == 1);

        ConsumerRecord<String, String> published = publishedEvent(suite, code);
        RecordMetadata redelivered = redeliver(suite, published);
        await("notification-service consumed the redelivery").atMost(BOUND)
                .until(() -> consumedPast(suite, redelivered));

        assertEquals(1, alertsAbout(suite, code), "the redelivered event raised no second alert");
    }

    private static long alertsAbout(SuiteSettings suite, String code) {
        List<String> refs = given().baseUri(suite.gatewayUrl()).auth().oauth2(Keycloak.tokenOf(suite, "proc.huang"))
                .queryParam("size", 100)
                .get("/api/notifications")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.subjectRef", String.class);
        return refs.stream().filter(code::equals).count();
    }

    private static ConsumerRecord<String, String> publishedEvent(SuiteSettings suite, String code) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("workers.v1"));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await("agency.registered on workers.v1").atMost(BOUND).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (code.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    /** The same record again, headers and all, as a broker or producer retry would deliver it. */
    private static RecordMetadata redeliver(SuiteSettings suite, ConsumerRecord<String, String> record) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                    record.headers())).get(30, TimeUnit.SECONDS);
        }
    }

    private static boolean consumedPast(SuiteSettings suite, RecordMetadata record) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("notification-service")
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
            return offset != null && offset.offset() > record.offset();
        }
    }
}
