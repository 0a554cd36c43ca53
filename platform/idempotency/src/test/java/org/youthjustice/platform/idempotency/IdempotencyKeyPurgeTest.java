package org.youthjustice.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Keys older than the retention are purged, in batches, by any number of replicas at once. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcResource.class)
class IdempotencyKeyPurgeTest {

    @Inject
    IdempotencyKeyPurge purge;

    @Inject
    IdempotencyConfig config;

    @Inject
    DataSource dataSource;

    @Test
    void aKeyOlderThanTheRetentionGoesAndAYoungerOneStays() throws SQLException {
        String caller = "purge-test-" + UUID.randomUUID();
        insert(caller, 1, Instant.now().minus(Duration.ofHours(25)));
        insert(caller, 1, Instant.now().minus(Duration.ofHours(23)));

        purge.purgeCreatedBefore(Instant.now().minus(config.retention()));

        assertEquals(Duration.ofHours(24), config.retention());
        assertEquals(1, count(caller));
    }

    @Test
    void concurrentPurgesShareTheRowsWithoutFailing() throws SQLException {
        String caller = "purge-test-" + UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        int rows = config.purgeBatchSize() * 3 + 7;
        insert(caller, rows, longAgo);

        var start = new CyclicBarrier(3);
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        int purged;
        try {
            purged = IntStream.range(0, 3).mapToObj(replica -> CompletableFuture.supplyAsync(() -> {
                await(start);
                return purge.purgeCreatedBefore(longAgo.plusSeconds(1));
            }, replicas)).toList().stream().mapToInt(CompletableFuture::join).sum();
        } finally {
            replicas.shutdown();
        }

        assertEquals(rows, purged);
        assertEquals(0, count(caller));
    }

    private void insert(String caller, int rows, Instant createdAt) throws SQLException {
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                insert into idempotent_request (caller_subject, idempotency_key, operation, request_hash, created_at)
                select ?, gen_random_uuid()::text, 'POST /probes', 'h', ? from generate_series(1, ?)""")) {
            insert.setString(1, caller);
            insert.setTimestamp(2, Timestamp.from(createdAt));
            insert.setInt(3, rows);
            insert.executeUpdate();
        }
    }

    private int count(String caller) throws SQLException {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "select count(*) from idempotent_request where caller_subject = ?")) {
            select.setString(1, caller);
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
