package org.youthjustice.platform.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.common.annotation.Identifier;

/**
 * Builds the relay's Kafka producer from the service's {@code kafka.*} configuration (bootstrap servers and any
 * TLS or SASL settings, shared with SmallRye's channels) with the delivery guarantees the outbox depends on.
 */
@ApplicationScoped
class RelayProducerFactory {

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;

    RelayProducerFactory(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
    }

    Producer<String, String> create() {
        var properties = KafkaClientSettings.of(kafkaConfig, ProducerConfig.configNames());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // an event counts as published only when every in-sync replica has it, written once per send
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // bounded, so that an outage fails a relay pass in seconds and the events wait in the table instead
        long deliveryMs = config.deliveryTimeout().toMillis();
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryMs);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, deliveryMs / 2));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryMs);
        return new KafkaProducer<>(properties);
    }
}
