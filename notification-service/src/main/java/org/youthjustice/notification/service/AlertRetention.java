package org.youthjustice.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.youthjustice.platform.messaging.ExpiredRows;
import org.youthjustice.platform.time.ServiceZone;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;

/**
 * Deletes, once a day, the alerts older than {@code yjs.retention.notifications} (acknowledged or not) and the
 * deliveries finished before {@code yjs.retention.delivery-log} with their attempts (the delivery log, kept longer: it
 * is the evidence that an alert reached someone). A pending delivery is never purged. Batch by batch, each its own
 * short transaction deleting only rows no other replica's purge holds ({@link ExpiredRows}), so that several replicas
 * share a large purge and none holds locks for long.
 */
@ApplicationScoped
public class AlertRetention {

    private final ExpiredRows alerts;
    private final ExpiredRows deliveryLog;
    private final RetentionSettings settings;
    private final Clock clock;

    AlertRetention(DataSource dataSource, RetentionSettings settings, Clock clock) {
        this.alerts = new ExpiredRows(dataSource, "notification", "id", "created_at", "alerts");
        // delivery_attempt rows go with their delivery (on delete cascade); finished_at is null while pending
        this.deliveryLog = new ExpiredRows(dataSource, "delivery", "id", "finished_at", "deliveries");
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "yjs-alert-retention", cron = "${yjs.retention.cron}", timeZone = ServiceZone.ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        Instant now = Instant.now(clock);
        alerts.purgeOnSchedule(before(now, settings.notifications()), settings.batchSize());
        deliveryLog.purgeOnSchedule(before(now, settings.deliveryLog()), settings.batchSize());
    }

    /** Deletes the alerts created before {@code now} less their retention; answers how many. */
    public int purgeAlerts(Instant now) {
        return alerts.deleteBefore(before(now, settings.notifications()), settings.batchSize());
    }

    /** Deletes the deliveries, with their attempts, finished before {@code now} less their retention; answers how many. */
    public int purgeDeliveryLog(Instant now) {
        return deliveryLog.deleteBefore(before(now, settings.deliveryLog()), settings.batchSize());
    }

    /** Calendar arithmetic in the service zone: P2Y is two years back to the same day, leap days included. */
    private static Instant before(Instant now, Period retention) {
        return now.atZone(ServiceZone.ZONE).minus(retention).toInstant();
    }
}
