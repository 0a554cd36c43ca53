package org.youthjustice.platform.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.time.Instant;

/**
 * Deletes the {@code processed_event} rows older than {@code yjs.inbox.retention}: by then no redelivery of their
 * events can arrive. Safe with several replicas ({@link ExpiredRows}).
 */
@ApplicationScoped
public class ProcessedEventPurge {

    private final ExpiredRows processed;
    private final InboxConfig config;

    ProcessedEventPurge(DataSource dataSource, InboxConfig config) {
        this.processed = new ExpiredRows(dataSource, "processed_event", "consumer, event_id", "processed_at",
                "processed event ids");
        this.config = config;
    }

    @Scheduled(identity = "yjs-processed-event-purge", every = "${yjs.inbox.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        processed.purgeOnSchedule(Instant.now().minus(config.retention()), config.purgeBatchSize());
    }

    /**
     * Deletes the ids of events processed before {@code cutoff}, batch by batch.
     *
     * @return how many were deleted
     */
    public int purgeProcessedBefore(Instant cutoff) {
        return processed.deleteBefore(cutoff, config.purgeBatchSize());
    }
}
