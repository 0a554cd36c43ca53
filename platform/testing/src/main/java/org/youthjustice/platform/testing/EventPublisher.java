package org.youthjustice.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Publishes events to a topic of the shared test broker as a producer's outbox relay does: the CloudEvent as the
 * record's value (structured mode), keyed by the aggregate id, with the relay's headers. Each call waits for the
 * broker's acknowledgement. For a consumer's tests, with {@link EventExamples} and {@link ProcessedEvents}:
 * publish the producer's example twice, assert the effect once.
 *
 * <pre>{@code
 * try (EventPublisher workers = EventPublisher.to("workers.v1")) {
 *     ObjectNode left = EventExamples.of("worker-service").load("worker.status-changed", 1);
 *     workers.publishTwice(workerId, left);
 *     // a marker after the copies on the same key: once it is processed, both copies have been handled
 *     workers.publishAndAwait(workerId, marker, ProcessedEvents.of(dataSource, WorkerEventsConsumer.CONSUMER));
 * }
 * assertEquals(1, effects());
 * }</pre>
 */
public final class EventPublisher implements AutoCloseable {

    // platform-messaging's EventHeaders, which this module cannot depend on: platform-messaging's tests use this module
    static final String CONTENT_TYPE = "content-type";
    static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    static final String TYPE = "ce_type";
    static final String CORRELATION_ID = "correlation_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String topic;
    private final KafkaProducer<String, String> producer;

    private EventPublisher(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** A publisher to {@code topic} on the shared broker of {@link KafkaResource}. */
    public static EventPublisher to(String topic) {
        return new EventPublisher(KafkaResource.bootstrapServers(), topic);
    }

    /** Publishes {@code event} once, keyed by {@code key}, its {@code type} and {@code correlationid} as headers. */
    public void publish(String key, JsonNode event) {
        ProducerRecord<String, String> record = record(key, json(event));
        if (event.hasNonNull("type")) {
            header(record, TYPE, event.get("type").asText());
        }
        if (event.hasNonNull("correlationid")) {
            header(record, CORRELATION_ID, event.get("correlationid").asText());
        }
        send(record);
    }

    /**
     * Publishes {@code event} and then the same record again, as a relay that crashed between the send and marking
     * it sent does: the consumer must apply it once.
     */
    public void publishTwice(String key, JsonNode event) {
        publish(key, event);
        publish(key, event);
    }

    /**
     * Publishes {@code marker} on {@code key} and waits up to 30 seconds for {@code inbox} to have processed it. One
     * key's records come in order from one partition, so by then the consumer has handled every record published
     * before on that key, also those that changed nothing (a redelivery, an event it ignores). The marker is an event
     * the consumer records and that changes nothing, e.g. a producer's example with a type no rule acts on.
     */
    public void publishAndAwait(String key, JsonNode marker, ProcessedEvents inbox) {
        publish(key, marker);
        inbox.await(marker);
    }

    /** Publishes {@code value} as it is, claimed a CloudEvent by its content type: for records that are no event. */
    public void publishRaw(String key, String value) {
        send(record(key, value));
    }

    private ProducerRecord<String, String> record(String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        header(record, CONTENT_TYPE, CLOUDEVENTS_JSON);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the test broker took a record of " + topic, e);
        } catch (Exception e) {
            throw new IllegalStateException("the test broker did not take a record of " + topic, e);
        }
    }

    private static String json(JsonNode event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event cannot be written as JSON", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
