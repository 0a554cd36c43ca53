package org.youthjustice.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.messaging.InboxTestConsumer.Instruction;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A backlog arrives in batches (the test channel is consumed with {@code batch=true}, one copy per partition):
 * several records per transaction, the inbox's guarantees kept.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BatchConsumptionTest {

    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final int PER_KEY = 20;

    @Inject
    InboxTestConsumer consumer;

    @Inject
    DataSource dataSource;

    @Inject
    DeadLetterReplay replay;

    @Inject
    InboxConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aBacklogIsHandledOnceEachInOrderPerKeyInFewerTransactionsThanEvents() throws Exception {
        var keys = List.of(key(), key(), key());
        var events = new ArrayList<EventEnvelope>();
        for (int n = 0; n < PER_KEY; n++) {
            for (var key : keys) {
                events.add(event(key, "n" + n));
            }
        }
        var ids = events.stream().map(EventEnvelope::id).toList();

        InboxTestEvents.sendTogether(bootstrapServers, events);

        await().atMost(PROCESSING).until(() -> handled(ids) == ids.size());
        for (var key : keys) {
            var sent = events.stream().filter(event -> event.subject().equals(key)).map(EventEnvelope::id).toList();
            assertEquals(sent, inHandlingOrder(sent), "the events of " + key + " are handled in the order sent");
        }
        ids.forEach(id -> assertEquals(1, consumer.runs(id), "one run each"));
        assertTrue(consumer.transactions(ids) < ids.size(),
                ids.size() + " events in " + consumer.transactions(ids) + " transactions");

        // the same backlog again, as after a crash before the offsets were committed
        var markers = keys.stream().map(key -> event(key, "marker")).toList();
        var again = new ArrayList<>(events);
        again.addAll(markers);
        InboxTestEvents.sendTogether(bootstrapServers, again);

        // one key, one partition: when a key's marker is in, its copies before it have been seen
        var markerIds = markers.stream().map(EventEnvelope::id).toList();
        await().atMost(PROCESSING).until(() -> handled(markerIds) == markers.size());
        for (var id : ids) {
            assertEquals(1, consumer.runs(id), "a redelivered event is not handled again");
            assertEquals(1, InboxTestEvents.effects(dataSource, id));
        }
    }

    @Test
    void oneBadRecordIsDeadLetteredAloneAfterItsAttemptsWhileItsBatchMatesAreHandled() throws Exception {
        var key = key();
        var events = new ArrayList<EventEnvelope>();
        for (int n = 0; n < 10; n++) {
            events.add(InboxTestEvents.event(key, new Instruction("n" + n, n == 4), null));
        }
        var bad = events.get(4).id();
        var good = events.stream().map(EventEnvelope::id).filter(id -> !id.equals(bad)).toList();

        try (var deadLetters = new TopicReader(bootstrapServers, InboxTestConsumer.DEAD_LETTER_TOPIC)) {
            InboxTestEvents.sendTogether(bootstrapServers, events);

            await().atMost(PROCESSING).until(() -> handled(good) == good.size());
            good.forEach(id -> assertEquals(1, effects(id), "each batch-mate once"));
            var dead = deadLetters.readUntil(read -> read.stream().anyMatch(record -> key.equals(record.key())),
                    PROCESSING).stream().filter(record -> key.equals(record.key())).toList();
            assertEquals(List.of(bad), dead.stream().map(TopicReader::eventId).toList(), "only the bad record");
            var reason = TopicReader.header(dead.get(0), EventHeaders.DEAD_LETTER_REASON);
            assertTrue(reason.contains("failed " + config.maxAttempts() + " times"), reason);
            assertTrue(reason.contains("handler refuses n4"), reason);
            assertEquals(InboxTestConsumer.TOPIC, TopicReader.header(dead.get(0), "dead-letter-topic"));
        }
        assertEquals(0, InboxTestEvents.effects(dataSource, bad), "every run of it was rolled back");
        // its own attempts, after the one run in its batch's transaction (none if it came alone)
        var runs = consumer.runs(bad);
        assertTrue(runs == config.maxAttempts() || runs == config.maxAttempts() + 1, runs + " runs");
        assertEquals(good, inHandlingOrder(good), "its batch-mates in the order sent");
    }

    @Test
    void aBusyDatabaseDuringABatchIsWaitedOutAndNothingIsLostOrDeadLettered() throws Exception {
        var key = key();
        var lock = ThreadLocalRandom.current().nextLong();
        var events = new ArrayList<EventEnvelope>();
        for (int n = 0; n < 10; n++) {
            events.add(InboxTestEvents.event(key, new Instruction("n" + n, false, n == 2 ? lock : null), null));
        }
        var busy = events.get(2).id();
        var ids = events.stream().map(EventEnvelope::id).toList();

        // a connection of its own, not the pool's: closing it ends the session and its lock, whatever happens
        try (var holder = DriverManager.getConnection(PostgresResource.jdbcUrl(),
                PostgresResource.APPLICATION_ROLE, PostgresResource.PASSWORD)) {
            try (var take = holder.prepareStatement("select pg_advisory_lock(?)")) {
                take.setLong(1, lock);
                take.execute();
            }
            InboxTestEvents.sendTogether(bootstrapServers, events);

            // far beyond the attempts a record failure gets
            await().atMost(PROCESSING).until(() -> consumer.runs(busy) > config.maxAttempts() + 3);
            assertEquals(0, handled(ids.subList(2, ids.size())), "the partition holds behind it");

            try (var release = holder.prepareStatement("select pg_advisory_unlock(?)")) {
                release.setLong(1, lock);
                release.execute();
            }
        }

        await().atMost(PROCESSING).until(() -> handled(ids) == ids.size());
        assertEquals(ids, inHandlingOrder(ids));
        assertEquals(0, replay.replay("inbox-test", Set.copyOf(ids)).matched(), "nothing dead-lettered");
    }

    private static String key() {
        return "GZ-" + UUID.randomUUID();
    }

    private static EventEnvelope event(String key, String note) {
        return InboxTestEvents.event(key, new Instruction(note, false), null);
    }

    private int effects(UUID id) {
        try {
            return InboxTestEvents.effects(dataSource, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of the events have their effect committed. */
    private int handled(List<UUID> ids) throws SQLException {
        int handled = 0;
        for (var id : ids) {
            handled += InboxTestEvents.effects(dataSource, id);
        }
        return handled;
    }

    /** The events in the order their effects were committed. */
    private List<UUID> inHandlingOrder(List<UUID> ids) throws SQLException {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "select event_id from test_effect where event_id = any(?) order by seq")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            var ordered = new ArrayList<UUID>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ordered.add(rows.getObject(1, UUID.class));
                }
            }
            return ordered;
        }
    }
}
