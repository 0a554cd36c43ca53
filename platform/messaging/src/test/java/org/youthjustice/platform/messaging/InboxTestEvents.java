package org.youthjustice.platform.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.youthjustice.platform.messaging.InboxTestConsumer.Instruction;

/** Events for {@link InboxTestConsumer}: made, sent to its topic as any producer would, and their effects counted. */
final class InboxTestEvents {

    private InboxTestEvents() {
    }

    static EventEnvelope event(String key, Instruction instruction, String correlationId) {
        return EventEnvelope.create("/messaging-test", InboxTestConsumer.INSTRUCTION, key,
                URI.create("https://schemas.youthjustice.org/events/test.instruction.v1.schema.json"), 1,
                correlationId, instruction);
    }

    static void send(String bootstrapServers, String key, String value, String correlationId) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(InboxTestConsumer.TOPIC, key, value);
            if (correlationId != null) {
                record.headers().add(EventHeaders.CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Sends the events, keyed by their subjects, in one go: the producer lingers so that they reach the broker
     * together, and the consumer receives them in one or a few polls, as a backlog would come.
     */
    static void sendTogether(String bootstrapServers, List<EventEnvelope> events) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 200), new StringSerializer(), new StringSerializer())) {
            var sent = new ArrayList<Future<RecordMetadata>>();
            for (var event : events) {
                sent.add(producer.send(new ProducerRecord<>(InboxTestConsumer.TOPIC, event.subject(), event.toJson())));
            }
            producer.flush();
            for (var future : sent) {
                future.get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** How many effects of the event the consumer committed: 1 once handled, 0 while every attempt rolled back. */
    static int effects(DataSource dataSource, UUID eventId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select count(*) from test_effect where event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
