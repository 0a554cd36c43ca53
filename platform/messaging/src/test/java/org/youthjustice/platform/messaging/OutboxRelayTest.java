package org.youthjustice.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.correlation.CorrelationId;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class OutboxRelayTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    record CaseAssigned(String caseReference, String workerId) {
    }

    record Numbered(int n) {
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void committedEventReachesTheTopicAsACloudEvent() {
        var topic = freshTopic();
        var id = CorrelationId.callWith("req-outbox-1", () -> QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(topic, "GZ-2026-000123", "case.assigned", 2,
                        new CaseAssigned("GZ-2026-000123", "w-17"))));

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var record = reader.readUntil(records -> !records.isEmpty(), DELIVERY).get(0);

            assertEquals("GZ-2026-000123", record.key());
            assertEquals("application/cloudevents+json", TopicReader.header(record, "content-type"));
            assertEquals("req-outbox-1", TopicReader.header(record, "correlation_id"));
            assertEquals("case.assigned", TopicReader.header(record, "ce_type"));
            var event = EventEnvelope.parse(record.value());
            assertEquals(id, event.id());
            assertEquals("1.0", event.specVersion());
            assertEquals("/messaging-test", event.source());
            assertEquals("case.assigned", event.type());
            assertEquals("GZ-2026-000123", event.subject());
            assertNotNull(event.time());
            assertEquals("application/json", event.dataContentType());
            assertEquals(URI.create("https://youthjustice.org/events/platform-messaging/case.assigned.v2.schema.json"),
                    event.dataSchema());
            assertEquals(2, event.version());
            assertEquals("req-outbox-1", event.correlationId());
            assertEquals(new CaseAssigned("GZ-2026-000123", "w-17"), event.data(CaseAssigned.class));
        }
        await().atMost(DELIVERY).until(() -> sentAt(id) != null);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class,
                () -> outbox.publish(freshTopic(), "k", "case.assigned", 1, new Numbered(1)));
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        var topic = freshTopic();
        var rolledBack = new ArrayList<UUID>();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            rolledBack.add(outbox.publish(topic, "k-1", "case.assigned", 1, new Numbered(1)));
            throw new IllegalStateException("the business change failed");
        }));
        var committed = publish(topic, "k-1", 2);

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var records = reader.readUntil(
                    read -> read.stream().anyMatch(record -> TopicReader.eventId(record).equals(committed)),
                    DELIVERY);
            assertEquals(List.of(committed), records.stream().map(TopicReader::eventId).toList());
        }
        assertFalse(rowExists(rolledBack.get(0)));
    }

    @Test
    void theEventsOfOneTransactionAreWrittenTogetherInTheOrderPublished() {
        var topic = freshTopic();
        var keys = List.of("GZ-D", "GZ-E");
        int perKey = 30;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < perKey; n++) {
                for (var key : keys) {
                    outbox.publish(topic, key, "case.assigned", 1, new Numbered(n));
                }
            }
        });

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var records = reader.readUntil(read -> read.size() >= keys.size() * perKey, DELIVERY);
            assertInOrderPerKey(records, keys, perKey);
        }
    }

    @Test
    void burstKeepsTheOrderOfEachKey() {
        var topic = freshTopic();
        var keys = List.of("GZ-A", "GZ-B", "GZ-C");
        int perKey = 40;
        for (int n = 0; n < perKey; n++) {
            for (var key : keys) {
                publish(topic, key, n);
            }
        }

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var records = reader.readUntil(read -> read.size() >= keys.size() * perKey, DELIVERY);
            assertInOrderPerKey(records, keys, perKey);
        }
    }

    @Test
    void eventPublishedWhileTheBrokerIsDownIsDeliveredWhenItIsBack() {
        var topic = freshTopic();
        var broker = KafkaResource.broker();
        broker.stop();
        UUID id;
        try {
            id = publish(topic, "GZ-OUTAGE", 1);
            // a relay pass failed on it, and the event is still waiting
            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(id) > 0);
            assertNull(sentAt(id));
        } finally {
            broker.start();
        }

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var records = reader.readUntil(read -> !read.isEmpty(), Duration.ofSeconds(90));
            assertEquals(id, TopicReader.eventId(records.get(0)));
        }
        await().atMost(DELIVERY).until(() -> sentAt(id) != null);
    }

    @Test
    void twoRelaysAtOnceNeitherDoubleSendNorReorder() throws Exception {
        var topic = freshTopic();
        var keys = List.of("GZ-X", "GZ-Y", "GZ-Z");
        int perKey = 100;
        // the relay started by the commit and the scheduled one join the two below
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < perKey; n++) {
                for (var key : keys) {
                    outbox.publish(topic, key, "test.numbered", 1, new Numbered(n));
                }
            }
        });

        var start = new CyclicBarrier(2);
        var relays = List.of(CompletableFuture.supplyAsync(() -> relayAfter(start)),
                CompletableFuture.supplyAsync(() -> relayAfter(start)));
        CompletableFuture.allOf(relays.toArray(CompletableFuture[]::new)).get();

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var records = reader.readUntil(read -> read.size() >= keys.size() * perKey, DELIVERY);
            assertInOrderPerKey(records, keys, perKey);
            // nothing more arrives: every event was sent once
            var all = reader.readUntil(read -> true, DELIVERY);
            assertEquals(keys.size() * perKey, all.stream().map(TopicReader::eventId).distinct().count());
            assertEquals(keys.size() * perKey, all.size());
        }
    }

    @Test
    void relayFindingAnotherReplicaAtWorkLeavesTheEventsToIt() throws Exception {
        var topic = freshTopic();
        var id = new ArrayList<UUID>();
        QuarkusTransaction.requiringNew().run(() -> {
            // this transaction plays the replica that is relaying
            execute("select pg_advisory_xact_lock(" + OutboxRelay.lockKey(config.source()) + ")");
            id.add(publish(topic, "GZ-L", 1));

            assertEquals(0, relay.relayPending());
            assertNull(sentAt(id.get(0)));
        });

        await().atMost(DELIVERY).until(() -> sentAt(id.get(0)) != null);
    }

    @Test
    void sentEventsArePurgedAfterTheRetention() {
        var topic = freshTopic();
        var old = publish(topic, "GZ-P", 1);
        var recent = publish(topic, "GZ-P", 2);
        await().atMost(DELIVERY).until(() -> sentAt(old) != null && sentAt(recent) != null);
        execute("update outbox_event set sent_at = now() - interval '8 days' where event_id = '" + old + "'");

        relay.purgeSentBefore(Instant.now().minus(config.retention()));

        assertEquals(Duration.ofDays(7), config.retention());
        assertFalse(rowExists(old));
        assertTrue(rowExists(recent));
    }

    private int relayAfter(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int published = 0;
        for (int pass = 0; pass < 5; pass++) {
            published += relay.relayPending();
        }
        return published;
    }

    private static void assertInOrderPerKey(List<ConsumerRecord<String, String>> records, List<String> keys,
            int perKey) {
        Map<String, List<Integer>> seen = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(record -> EventEnvelope.parse(record.value()).data(Numbered.class).n(),
                        Collectors.toList())));
        var expected = IntStream.range(0, perKey).boxed().toList();
        assertEquals(new HashSet<>(keys), seen.keySet());
        keys.forEach(key -> assertEquals(expected, seen.get(key), "order of key " + key));
    }

    private UUID publish(String topic, String key, int n) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(topic, key, "test.numbered", 1, new Numbered(n)));
    }

    private static String freshTopic() {
        return "outbox-test-" + UUID.randomUUID() + ".v1";
    }

    private Instant sentAt(UUID eventId) {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select sent_at from outbox_event where event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                var sent = row.next() ? row.getTimestamp(1) : null;
                return sent == null ? null : sent.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int attempts(UUID eventId) {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select attempts from outbox_event where event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean rowExists(UUID eventId) {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select 1 from outbox_event where event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
