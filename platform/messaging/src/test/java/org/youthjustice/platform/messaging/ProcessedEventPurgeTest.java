package org.youthjustice.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Processed event ids older than the retention are purged, in batches, by any number of replicas at once. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ProcessedEventPurgeTest {

    @Inject
    ProcessedEventPurge purge;

    @Inject
    InboxConfig config;

    @Inject
    DataSource dataSource;

    @Test
    void anIdOlderThanTheRetentionGoesAndAYoungerOneStays() throws SQLException {
        String consumer = "purge-test-" + UUID.randomUUID();
        UUID old = processed(consumer, Instant.now().minus(Duration.ofDays(31)));
        UUID young = processed(consumer, Instant.now().minus(Duration.ofDays(29)));

        purge.purgeProcessedBefore(Instant.now().minus(config.retention()));

        assertEquals(Duration.ofDays(30), config.retention());
        assertFalse(exists(consumer, old));
        assertTrue(exists(consumer, young));
    }

    @Test
    void concurrentPurgesShareTheRowsWithoutFailing() throws SQLException {
        String consumer = "purge-test-" + UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        int rows = config.purgeBatchSize() * 3 + 7;
        insertMany(consumer, rows, longAgo);

        var start = new CyclicBarrier(3);
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        int purged;
        try {
            purged = IntStream.range(0, 3).mapToObj(replica -> CompletableFuture.supplyAsync(() -> {
                await(start);
                return purge.purgeProcessedBefore(longAgo.plusSeconds(1));
            }, replicas)).toList().stream().mapToInt(CompletableFuture::join).sum();
        } finally {
            replicas.shutdown();
        }

        assertEquals(rows, purged);
        assertEquals(0, count(consumer));
    }

    private UUID processed(String consumer, Instant at) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(
                "insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)")) {
            insert.setString(1, consumer);
            insert.setObject(2, id);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        }
        return id;
    }

    private void insertMany(String consumer, int rows, Instant at) throws SQLException {
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(
                "insert into processed_event (consumer, event_id, processed_at)"
                        + " select ?, gen_random_uuid(), ? from generate_series(1, ?)")) {
            insert.setString(1, consumer);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setInt(3, rows);
            insert.executeUpdate();
        }
    }

    private boolean exists(String consumer, UUID id) throws SQLException {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "select 1 from processed_event where consumer = ? and event_id = ?")) {
            select.setString(1, consumer);
            select.setObject(2, id);
            try (var row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private int count(String consumer) throws SQLException {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "select count(*) from processed_event where consumer = ?")) {
            select.setString(1, consumer);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
