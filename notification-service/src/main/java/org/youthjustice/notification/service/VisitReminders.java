package org.youthjustice.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.youthjustice.notification.messaging.in.CaseFact;
import org.youthjustice.platform.time.ServiceZone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code visit-reminder} rule: visits learnt from {@code visit.scheduled} (the latest event of a visit says whose
 * it is; a later visit of the case replaces it), ended by {@code visit.completed}, {@code visit.missed} or the case's
 * closure; the day before a visit's due day (in the service zone), one INFO alert to its lead worker. Every replica
 * runs the job: due visits are claimed with {@code FOR UPDATE SKIP LOCKED} and marked reminded in the transaction
 * that stores the alert, so that each visit is reminded once.
 */
@ApplicationScoped
public class VisitReminders {

    static final String SCHEDULED = "SCHEDULED";
    static final String COMPLETED = "COMPLETED";
    static final String MISSED = "MISSED";

    private static final Logger LOG = Logger.getLogger(VisitReminders.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AlertRules rules;

    @Inject
    RecipientDirectory directory;

    /**
     * Records a scheduled visit (or its new lead worker) and cancels the case's visits scheduled before it. A visit
     * already ended or reminded stays so; one whose case scheduled a later visit meanwhile is recorded cancelled.
     */
    public void scheduled(CaseFact visit, Instant at) {
        if (visit.visitId() == null || visit.dueOn() == null) {
            return;
        }
        em.createNativeQuery("""
                insert into visit_reminder (reference, visit_id, due_on, worker_id, state, learnt_at)
                values (?1, ?2, cast(?3 as date), ?4, case when exists (select 1 from visit_reminder later
                    where later.reference = ?1 and later.visit_id <> ?2 and later.due_on is not null
                      and later.learnt_at > ?5) then 'CANCELLED' else 'SCHEDULED' end, ?5)
                on conflict (reference, visit_id) do update set due_on = excluded.due_on,
                    worker_id = excluded.worker_id, learnt_at = excluded.learnt_at
                where visit_reminder.learnt_at <= excluded.learnt_at""")
                .setParameter(1, visit.reference()).setParameter(2, visit.visitId()).setParameter(3, visit.dueOn())
                .setParameter(4, visit.workerId()).setParameter(5, at)
                .executeUpdate();
        em.createNativeQuery("""
                update visit_reminder set state = 'CANCELLED'
                where reference = ?1 and visit_id <> ?2 and state = 'SCHEDULED' and learnt_at < ?3""")
                .setParameter(1, visit.reference()).setParameter(2, visit.visitId()).setParameter(3, at)
                .executeUpdate();
    }

    /** The visit was completed or missed: no reminder, whatever order its events arrive in. */
    public void ended(CaseFact visit, String state, Instant at) {
        if (visit.visitId() == null) {
            return;
        }
        em.createNativeQuery("""
                insert into visit_reminder (reference, visit_id, state, learnt_at) values (?1, ?2, ?3, ?4)
                on conflict (reference, visit_id) do update set state = excluded.state
                where visit_reminder.state = 'SCHEDULED'""")
                .setParameter(1, visit.reference()).setParameter(2, visit.visitId()).setParameter(3, state)
                .setParameter(4, at)
                .executeUpdate();
    }

    /** A closed case has no more visits. */
    public void caseClosed(String reference, Instant at) {
        em.createNativeQuery("""
                update visit_reminder set state = 'CANCELLED'
                where reference = ?1 and state = 'SCHEDULED' and learnt_at <= ?2""")
                .setParameter(1, reference).setParameter(2, at)
                .executeUpdate();
    }

    @Scheduled(identity = "yjs-visit-reminders", every = "${yjs.visit-reminders.every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int reminded = remind(ServiceZone.today(clock));
        if (reminded > 0) {
            LOG.infof("Reminded %d visits due tomorrow", reminded);
        }
    }

    /** Reminds the visits due the day after {@code today}; answers how many this call reminded. */
    public int remind(LocalDate today) {
        LocalDate dueOn = today.plusDays(1);
        int reminded = 0;
        int claimed;
        do {
            int[] batch = QuarkusTransaction.requiringNew().call(() -> remindBatch(dueOn));
            claimed = batch[0];
            reminded += batch[1];
        } while (claimed == BATCH);
        return reminded;
    }

    /** One transaction: claims up to a batch of due visits (others' claims skipped), reminds them, marks them. */
    private int[] remindBatch(LocalDate dueOn) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select reference, visit_id, worker_id from visit_reminder
                where state = 'SCHEDULED' and due_on = ?1
                order by reference, visit_id limit ?2 for update skip locked""")
                .setParameter(1, dueOn).setParameter(2, BATCH).getResultList();
        int reminded = 0;
        for (Object[] visit : due) {
            String reference = (String) visit[0];
            long visitId = ((Number) visit[1]).longValue();
            String worker = visit[2] != null ? (String) visit[2] : directory.leadWorkerOf(reference).orElse(null);
            if (worker != null) {
                rules.remindOfVisit(reference, visitId, dueOn.toString(), worker);
                reminded++;
            } else {
                LOG.warnf("Visit %d of case %s has no lead worker to remind", visitId, reference);
            }
            em.createNativeQuery("""
                    update visit_reminder set state = 'REMINDED', reminded_at = ?3
                    where reference = ?1 and visit_id = ?2""")
                    .setParameter(1, reference).setParameter(2, visitId).setParameter(3, Instant.now(clock))
                    .executeUpdate();
        }
        return new int[] {due.size(), reminded};
    }
}
