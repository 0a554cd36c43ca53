package org.youthjustice.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the relay's poll switched off, whatever reaches the topic was sent by the passes a commit starts: an event
 * does not wait for the poll when its commit's pass finds the lock held, nor when more events are pending than a
 * pass takes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@TestProfile(RelayWakeUpTest.WithoutPoll.class)
class RelayWakeUpTest {

    /** Generous: the machine is shared; without the wake-up the events would never be sent at all. */
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final int BATCH_SIZE = 5;

    public static class WithoutPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yjs.outbox.poll-interval", "off", "yjs.outbox.batch-size", String.valueOf(BATCH_SIZE));
        }
    }

    record Numbered(int n) {
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aCommittedEventIsSentByThePassItsCommitStarts() {
        var topic = freshTopic();
        var id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(topic, "GZ-W", "test.numbered", 1, new Numbered(1)));

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            reader.readUntil(records -> records.stream().anyMatch(r -> TopicReader.eventId(r).equals(id)), DELIVERY);
        }
    }

    @Test
    void moreEventsThanAPassTakesAllGoOutInOrderPerKey() {
        var topic = freshTopic();
        var keys = List.of("GZ-A", "GZ-B", "GZ-C");
        int perKey = 2 * BATCH_SIZE;
        var published = QuarkusTransaction.requiringNew().call(() -> {
            var ids = new ArrayList<UUID>();
            for (int n = 0; n < perKey; n++) {
                for (var key : keys) {
                    ids.add(outbox.publish(topic, key, "test.numbered", 1, new Numbered(n)));
                }
            }
            return ids;
        });

        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var records = reader.readUntil(read -> read.size() >= published.size(), DELIVERY);
            for (var key : keys) {
                var numbers = records.stream().filter(record -> record.key().equals(key))
                        .map(record -> EventEnvelope.parse(record.value()).data(Numbered.class).n()).toList();
                assertEquals(IntStream.range(0, perKey).boxed().toList(), numbers, key);
            }
        }
    }

    @Test
    void anEventCommittedWhileAnotherReplicaRelaysGoesOutWhenItsPassEnds() throws Exception {
        var topic = freshTopic();
        UUID id;
        // this session plays the replica whose pass holds the relay's lock
        try (var replica = dataSource.getConnection(); var lock = replica.createStatement()) {
            lock.execute("select pg_advisory_lock(" + OutboxRelay.lockKey(config.source()) + ")");
            id = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(topic, "GZ-L", "test.numbered", 1, new Numbered(1)));
            var held = id;
            // nothing may go out while the other replica's pass holds the lock: stays unsent for 300 ms
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sentAt(held) == null);
            lock.execute("select pg_advisory_unlock(" + OutboxRelay.lockKey(config.source()) + ")");
        }

        var sent = id;
        await().atMost(DELIVERY).until(() -> sentAt(sent) != null);
    }

    private static String freshTopic() {
        return "relay-wake-up-" + UUID.randomUUID() + ".v1";
    }

    private Instant sentAt(UUID eventId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select sent_at from outbox_event where event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                var sent = row.next() ? row.getTimestamp(1) : null;
                return sent == null ? null : sent.toInstant();
            }
        }
    }
}
