package org.youthjustice.platform.messaging;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the {@code processed_event} rows older than {@code yjs.inbox.retention}: by then no redelivery of their
 * events can arrive. Safe with several replicas purging at once: each batch is its own short transaction that
 * deletes only rows no other purge has locked ({@code skip locked}), so concurrent purges share the work instead of
 * waiting for or failing on each other.
 */
@ApplicationScoped
public class ProcessedEventPurge {

    private static final Logger LOG = Logger.getLogger(ProcessedEventPurge.class);
    private static final String PURGE_BATCH = """
            delete from processed_event where (consumer, event_id) in (
                select consumer, event_id from processed_event
                 where processed_at < ? limit ? for update skip locked)""";

    private final DataSource dataSource;
    private final InboxConfig config;

    ProcessedEventPurge(DataSource dataSource, InboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(identity = "yjs-processed-event-purge", every = "${yjs.inbox.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        try {
            purgeProcessedBefore(Instant.now().minus(config.retention()));
        } catch (RuntimeException e) {
            // the database is away: the rows wait for the next run
            LOG.warnf("purge of processed event ids failed, the next run retries: %s", FailureKind.describe(e));
        }
    }

    /**
     * Deletes the ids of events processed before {@code cutoff}, batch by batch.
     *
     * @return how many were deleted
     */
    public int purgeProcessedBefore(Instant cutoff) {
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
                    throw new IllegalStateException("the purge of processed event ids failed", e);
                }
            });
            purged += batch;
        } while (batch == config.purgeBatchSize());
        if (purged > 0) {
            LOG.debugf("purged %d processed event ids", purged);
        }
        return purged;
    }
}
