package org.youthjustice.worker.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.config.QualificationExpiryConfig;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.messaging.out.WorkerEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Announces {@code worker.qualification-expiring} for certificates that expire within the notice period, once per
 * certificate. Safe with several replicas: the notice row is inserted with {@code on conflict do nothing} in the
 * same transaction as the outbox event, so a replica that loses the race inserts nothing and publishes nothing.
 */
@ApplicationScoped
public class QualificationExpiryCheck {

    @Inject
    QualificationExpiryConfig config;

    @Inject
    WorkerEvents events;

    @Inject
    Clock clock;

    @Scheduled(identity = "qualification-expiry", every = "${yjs.qualification-expiry.every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void announce() {
        LocalDate today = ServiceZone.today(clock);
        List<Worker> expiring = Worker.list("from Worker w where w.certificateExpiresOn >= ?1"
                        + " and w.certificateExpiresOn <= ?2 and w.status <> ?3"
                        + " and not exists (select 1 from QualificationExpiryNotice n where n.key.workerId = w.workerId"
                        + " and n.key.certificateNumber = w.certificateNumber and n.key.expiresOn = w.certificateExpiresOn)",
                today, today.plusDays(config.noticeDays()), WorkerStatus.LEFT);
        for (Worker worker : expiring) {
            int inserted = Worker.getEntityManager().createNativeQuery("insert into qualification_expiry_notice"
                            + " (worker_id, certificate_number, expires_on, noticed_at) values (?1, ?2, ?3, ?4)"
                            + " on conflict do nothing")
                    .setParameter(1, worker.workerId).setParameter(2, worker.certificateNumber)
                    .setParameter(3, worker.certificateExpiresOn).setParameter(4, Instant.now(clock))
                    .executeUpdate();
            if (inserted == 1) {
                events.qualificationExpiring(worker);
            }
        }
    }
}
