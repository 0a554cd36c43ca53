package org.youthjustice.platform.idempotency;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the keys older than {@code yjs.idempotency.retention}. Safe with several replicas purging at once: each
 * batch is its own short transaction that deletes only rows no other purge has locked ({@code skip locked}), so
 * concurrent purges share the work instead of waiting for or failing on each other.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);
    private static final String PURGE_BATCH = """
            delete from idempotent_request where (caller_subject, idempotency_key) in (
                select caller_subject, idempotency_key from idempotent_request
                 where created_at < ? limit ? for update skip locked)""";

    private final DataSource dataSource;
    private final IdempotencyConfig config;

    IdempotencyKeyPurge(DataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(identity = "yjs-idempotency-key-purge", every = "${yjs.idempotency.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        try {
            purgeCreatedBefore(Instant.now().minus(config.retention()));
        } catch (RuntimeException e) {
            // the database is away: the keys wait for the next run
            LOG.warnf("purge of expired Idempotency-Keys failed, the next run retries: %s", e.getClass().getName());
        }
    }

    /**
     * Deletes the keys first used before {@code cutoff}, batch by batch.
     *
     * @return how many were deleted
     */
    public int purgeCreatedBefore(Instant cutoff) {
        int purged = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                try (var connection = dataSource.getConnection();
                     var delete = connection.prepareStatement(PURGE_BATCH)) {
                    delete.setTimestamp(1, Timestamp.from(cutoff));
                    delete.setInt(2, config.purgeBatchSize());
                    return delete.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException("the purge of expired Idempotency-Keys failed", e);
                }
            });
            purged += batch;
        } while (batch == config.purgeBatchSize());
        if (purged > 0) {
            LOG.debugf("purged %d expired Idempotency-Keys", purged);
        }
        return purged;
    }
}
