package org.youthjustice.platform.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The rows of a platform table past their retention, deleted batch by batch: the one purge of the inbox's
 * {@code processed_event} and platform-idempotency's {@code idempotent_request}. Safe with several replicas purging at
 * once: each batch is its own short transaction that deletes only rows no other purge has locked ({@code skip
 * locked}), so concurrent purges share the work instead of waiting for or failing on each other.
 */
public final class ExpiredRows {

    private static final Logger LOG = Logger.getLogger(ExpiredRows.class);

    private final DataSource dataSource;
    private final String deleteBatch;
    private final String what;

    /**
     * @param table      the table
     * @param key        its primary key's columns, comma-separated
     * @param timeColumn the column its retention counts from
     * @param what       what the rows are, for the log
     */
    public ExpiredRows(DataSource dataSource, String table, String key, String timeColumn, String what) {
        this.dataSource = dataSource;
        this.deleteBatch = "delete from " + table + " where (" + key + ") in (select " + key + " from " + table
                + " where " + timeColumn + " < ? limit ? for update skip locked)";
        this.what = what;
    }

    /** A scheduled purge: a failure (the database away) is logged, and the next run retries. */
    public void purgeOnSchedule(Instant cutoff, int batchSize) {
        try {
            deleteBefore(cutoff, batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("purge of %s failed, the next run retries: %s", what, FailureKind.describe(e));
        }
    }

    /**
     * Deletes the rows older than {@code cutoff}, {@code batchSize} per transaction.
     *
     * @return how many were deleted
     */
    public int deleteBefore(Instant cutoff, int batchSize) {
        int purged = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                try (var connection = dataSource.getConnection();
                     var delete = connection.prepareStatement(deleteBatch)) {
                    delete.setTimestamp(1, Timestamp.from(cutoff));
                    delete.setInt(2, batchSize);
                    return delete.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException("the purge of " + what + " failed", e);
                }
            });
            purged += batch;
        } while (batch == batchSize);
        if (purged > 0) {
            LOG.debugf("purged %d %s", purged, what);
        }
        return purged;
    }
}
