package org.youthjustice.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.youthjustice.platform.messaging.ExpiredRows;

import javax.sql.DataSource;
import java.time.Instant;

/**
 * Deletes the keys older than {@code yjs.idempotency.retention}. Safe with several replicas (platform-messaging's
 * {@link ExpiredRows}).
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private final ExpiredRows keys;
    private final IdempotencyConfig config;

    IdempotencyKeyPurge(DataSource dataSource, IdempotencyConfig config) {
        this.keys = new ExpiredRows(dataSource, "idempotent_request", "caller_subject, idempotency_key", "created_at",
                "expired Idempotency-Keys");
        this.config = config;
    }

    @Scheduled(identity = "yjs-idempotency-key-purge", every = "${yjs.idempotency.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        keys.purgeOnSchedule(Instant.now().minus(config.retention()), config.purgeBatchSize());
    }

    /**
     * Deletes the keys first used before {@code cutoff}, batch by batch.
     *
     * @return how many were deleted
     */
    public int purgeCreatedBefore(Instant cutoff) {
        return keys.deleteBefore(cutoff, config.purgeBatchSize());
    }
}
