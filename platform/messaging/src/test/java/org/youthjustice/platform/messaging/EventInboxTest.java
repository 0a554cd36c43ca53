package org.youthjustice.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.messaging.InboxTestConsumer.Instruction;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class EventInboxTest {

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    @Inject
    InboxTestConsumer consumer;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void redeliveredEventIsHandledOnce() throws Exception {
        var key = "GZ-" + UUID.randomUUID();
        var event = event(key, new Instruction("once", false), "req-inbox-1");
        var marker = event(key, new Instruction("marker", false), "req-inbox-1");

        send(key, event.toJson(), "req-inbox-1");
        send(key, event.toJson(), "req-inbox-1");
        send(key, marker.toJson(), "req-inbox-1");

        // one key, one partition: when the marker is in, both copies before it have been seen
        await().atMost(PROCESSING).until(() -> effects(marker.id()) == 1);
        assertEquals(1, effects(event.id()));
        assertEquals(1, consumer.runs(event.id()));
        assertEquals("req-inbox-1", consumer.correlationId(event.id()));
    }

    @Test
    void eventOfATypeTheConsumerDoesNotHandleIsPassedOverWithoutARow() throws Exception {
        var key = "GZ-" + UUID.randomUUID();
        var other = EventEnvelope.create("/messaging-test", "test.other", key,
                URI.create("https://schemas.youthjustice.org/events/test.other.v1.schema.json"), 1, null,
                new Instruction("other", true));
        var marker = event(key, new Instruction("marker", false), null);

        send(key, other.toJson(), null);
        send(key, marker.toJson(), null);

        // one key, one partition: when the marker is in, the other event has been seen
        await().atMost(PROCESSING).until(() -> effects(marker.id()) == 1);
        assertEquals(0, consumer.runs(other.id()), "the handler never sees it");
        assertFalse(processed(other.id()), "no processed_event row for it");
    }

    @Test
    void handlerThatKeepsFailingSendsTheRecordToTheDeadLetterTopicWithTheReason() throws Exception {
        var key = "GZ-" + UUID.randomUUID();
        var event = event(key, new Instruction("poison", true), null);

        try (var deadLetters = new TopicReader(bootstrapServers, InboxTestConsumer.DEAD_LETTER_TOPIC)) {
            send(key, event.toJson(), null);

            var dead = deadLetters.readUntil(read -> read.stream().anyMatch(record -> key.equals(record.key())),
                    PROCESSING).stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
            var reason = TopicReader.header(dead, EventHeaders.DEAD_LETTER_REASON);
            assertTrue(reason.contains("failed 3 times"), reason);
            assertTrue(reason.contains("handler refuses poison"), reason);
            assertEquals(event.id(), TopicReader.eventId(dead));
        }
        assertEquals(3, consumer.runs(event.id()));
        assertEquals(0, effects(event.id()), "each failed attempt is rolled back");
        assertFalse(processed(event.id()));
    }

    @Test
    void recordThatIsNotAnEventGoesToTheDeadLetterTopic() throws Exception {
        var key = "GZ-" + UUID.randomUUID();

        try (var deadLetters = new TopicReader(bootstrapServers, InboxTestConsumer.DEAD_LETTER_TOPIC)) {
            send(key, "{\"this\": \"is not an event\"}", null);

            var dead = deadLetters.readUntil(read -> read.stream().anyMatch(record -> key.equals(record.key())),
                    PROCESSING).stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
            var reason = TopicReader.header(dead, EventHeaders.DEAD_LETTER_REASON);
            assertTrue(reason.contains("unsupported specversion"), reason);
        }
    }

    @Test
    void eventWhoseDataTheHandlerCannotMapGoesToTheDeadLetterTopicWithoutRetries() throws Exception {
        var key = "GZ-" + UUID.randomUUID();
        var event = event(key, new Instruction("unmappable", false), null);
        var json = event.toJson().replace("\"fail\":false", "\"fail\":{\"not\":\"a boolean\"}");

        try (var deadLetters = new TopicReader(bootstrapServers, InboxTestConsumer.DEAD_LETTER_TOPIC)) {
            send(key, json, null);

            var dead = deadLetters.readUntil(read -> read.stream().anyMatch(record -> key.equals(record.key())),
                    PROCESSING).stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
            var reason = TopicReader.header(dead, EventHeaders.DEAD_LETTER_REASON);
            assertTrue(reason.contains("does not map to Instruction"), reason);
        }
        assertEquals(1, consumer.runs(event.id()));
        assertFalse(processed(event.id()));
    }

    private static EventEnvelope event(String key, Instruction instruction, String correlationId) {
        return InboxTestEvents.event(key, instruction, correlationId);
    }

    private void send(String key, String value, String correlationId) throws Exception {
        InboxTestEvents.send(bootstrapServers, key, value, correlationId);
    }

    private int effects(UUID eventId) throws SQLException {
        return InboxTestEvents.effects(dataSource, eventId);
    }

    private boolean processed(UUID eventId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select 1 from processed_event where event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
