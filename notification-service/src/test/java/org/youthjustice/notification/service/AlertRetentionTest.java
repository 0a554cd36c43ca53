package org.youthjustice.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.platform.time.ServiceZone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerts are kept 180 days (acknowledged or not), finished deliveries and their attempts two years, pending ones until
 * they finish. The purge runs at the time each test gives it (the scheduled run is off in tests) over rows dated
 * before it, so that other tests' rows, all recent, are never old enough; batches of two rows in tests.
 */
@QuarkusTest
class AlertRetentionTest {

    @Inject
    AlertRetention retention;

    @Inject
    Deliveries deliveries;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    private Notification alertFrom(Instant createdAt, boolean acknowledged) {
        Notification alert = Notification.forRecipient("capacity-exceeded", UUID.randomUUID(),
                Recipient.supervisorOf("52440100RET0000001"), Severity.INFO, "Worker W0001 is over capacity",
                "Worker W0001 carries more than their capacity.", "W0001", createdAt);
        if (acknowledged) {
            alert.acknowledge("sup.wang", createdAt.plusSeconds(60));
        }
        QuarkusTransaction.requiringNew().run(() -> deliveries.store(alert));
        return alert;
    }

    private boolean exists(String table, String column, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "select 1 from " + table + " where " + column + " = ?1").setParameter(1, id).getResultList().isEmpty());
    }

    /** A webhook delivery of {@code alert} with two attempts, finished at {@code finishedAt} (null: still pending). */
    private UUID delivery(Notification alert, Instant finishedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // a pending one is due far ahead, so that no dispatcher ever sends it
            Instant due = finishedAt != null ? alert.createdAt : Instant.now(clock).plus(Duration.ofDays(3650));
            deliveries.plan(alert, Channel.WEBHOOK, UUID.randomUUID().toString(), due);
            UUID id = (UUID) entityManager.createNativeQuery(
                            "select id from delivery where notification_id = ?1 order by created_at desc limit 1")
                    .setParameter(1, alert.id).getSingleResult();
            if (finishedAt != null) {
                entityManager.createNativeQuery("update delivery set status = 'DELIVERED', attempts = 2,"
                                + " finished_at = ?2 where id = ?1")
                        .setParameter(1, id).setParameter(2, finishedAt).executeUpdate();
                for (int attempt = 1; attempt <= 2; attempt++) {
                    entityManager.createNativeQuery("insert into delivery_attempt (delivery_id, attempt, started_at,"
                                    + " duration_ms, status_code, outcome) values (?1, ?2, ?3, 120, ?4, ?5)")
                            .setParameter(1, id).setParameter(2, attempt).setParameter(3, finishedAt)
                            .setParameter(4, attempt == 1 ? 503 : 204)
                            .setParameter(5, attempt == 1 ? "RETRY" : "DELIVERED").executeUpdate();
                }
            }
            return id;
        });
    }

    private static Instant ago(Instant now, Period period) {
        return now.atZone(ServiceZone.ZONE).minus(period).toInstant();
    }

    @Test
    void alertsGoAfter180DaysAcknowledgedOrNot() {
        Instant now = Instant.now(clock);
        Notification open = alertFrom(ago(now, Period.ofDays(181)), false);
        Notification acknowledged = alertFrom(ago(now, Period.ofDays(181)), true);
        Notification younger = alertFrom(ago(now, Period.ofDays(179)), false);

        assertTrue(retention.purgeAlerts(now) >= 2);

        assertFalse(exists("notification", "id", open.id));
        assertFalse(exists("notification", "id", acknowledged.id));
        assertTrue(exists("notification", "id", younger.id), "179 days old: kept");

        retention.purgeAlerts(now.plus(Duration.ofDays(2)));
        assertFalse(exists("notification", "id", younger.id), "two days later it is 181 days old");
    }

    @Test
    void theDeliveryLogOutlivesItsAlertsAndGoesTwoYearsAfterEachDeliveryFinished() {
        Instant now = Instant.now(clock);
        Notification old = alertFrom(ago(now, Period.ofYears(3)), true);
        UUID expired = delivery(old, ago(now, Period.ofYears(2).plusDays(1)));
        UUID kept = delivery(old, ago(now, Period.ofYears(2).minusDays(1)));
        UUID pending = delivery(old, null);

        retention.purgeAlerts(now);
        assertTrue(retention.purgeDeliveryLog(now) >= 1);

        assertFalse(exists("notification", "id", old.id), "the alert is long gone");
        assertFalse(exists("delivery", "id", expired));
        assertFalse(exists("delivery_attempt", "delivery_id", expired), "its attempts went with it");
        assertTrue(exists("delivery", "id", kept), "finished less than two years ago: still evidence");
        assertTrue(exists("delivery_attempt", "delivery_id", kept));
        assertTrue(exists("delivery", "id", pending), "never finished: never purged");
    }

    @Test
    void replicasPurgingTogetherDeleteEveryOldAlertBatchByBatch() throws Exception {
        Instant now = Instant.now(clock);
        List<Notification> old = IntStream.range(0, 7)
                .mapToObj(i -> alertFrom(ago(now, Period.ofDays(200 + i)), i % 2 == 0)).toList();

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> purge = () -> {
                start.await();
                return retention.purgeAlerts(now);
            };
            List<Future<Integer>> runs = List.of(replicas.submit(purge), replicas.submit(purge));
            start.countDown();
            int purged = 0;
            for (Future<Integer> run : runs) {
                purged += run.get(30, TimeUnit.SECONDS);
            }
            assertTrue(purged >= old.size(), "each row deleted by one of them, no failure");
        } finally {
            replicas.shutdownNow();
        }
        old.forEach(alert -> assertFalse(exists("notification", "id", alert.id)));
    }
}
