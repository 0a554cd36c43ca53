package org.youthjustice.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The service's {@code kafka.*} configuration (bootstrap servers and any TLS or SASL settings, shared with
 * SmallRye's channels) narrowed to what one kind of client knows.
 */
final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    /**
     * @param known the client's config names, e.g. {@code ProducerConfig.configNames()}: the shared map also holds
     *              settings of other clients, such as a consumer's {@code group.id}, which would be warned about
     */
    static Map<String, Object> of(Map<String, Object> kafkaConfig, Set<String> known) {
        var properties = new HashMap<String, Object>();
        kafkaConfig.forEach((name, value) -> {
            if (known.contains(name)) {
                properties.put(name, value);
            }
        });
        properties.putIfAbsent(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        return properties;
    }
}
