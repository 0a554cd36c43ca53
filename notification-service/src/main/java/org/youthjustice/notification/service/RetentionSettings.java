package org.youthjustice.notification.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Period;

/** {@code yjs.retention.*}: how long alerts and the delivery log are kept, and when they are purged. */
@ConfigMapping(prefix = "yjs.retention")
public interface RetentionSettings {

    /** Alerts older than this are deleted, acknowledged or not. */
    @WithDefault("P180D")
    Period notifications();

    /** Deliveries finished (delivered or given up) longer ago than this are deleted, with their attempts. */
    @WithName("delivery-log")
    @WithDefault("P2Y")
    Period deliveryLog();

    /** Rows deleted per transaction, so that a large purge never holds its locks for long. */
    @WithName("batch-size")
    @WithDefault("1000")
    int batchSize();

    /** When the purge runs, in the service zone (read by its {@code @Scheduled}; {@code off} switches it off). */
    @WithDefault("0 30 3 * * ?")
    String cron();
}
