package org.youthjustice.cases.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.VisitStatus;
import org.youthjustice.cases.messaging.out.TrackingEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Marks the scheduled visits past their due day (in Asia/Shanghai) as MISSED, publishes {@code visit.missed},
 * schedules the next visit and recounts the case's overdue day. Every replica runs it: each visit is marked in its own
 * transaction by a conditional update ({@code status = 'SCHEDULED'}) together with its outbox event, so a visit two
 * replicas race for is marked, and published, by one of them only.
 */
@ApplicationScoped
public class MissedVisitDetector {

    private static final Logger LOG = Logger.getLogger(MissedVisitDetector.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    VisitSchedule schedule;

    @Inject
    TrackingEvents events;

    @Inject
    Clock clock;

    @Scheduled(identity = "yjs-missed-visits", every = "${yjs.visits.missed-check.every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int missed = detect();
        if (missed > 0) {
            LOG.infof("Marked %d scheduled visits as missed", missed);
        }
    }

    /** Marks every visit due before today as missed; answers how many this call marked. */
    public int detect() {
        LocalDate today = ServiceZone.today(clock);
        int missed = 0;
        long after = 0;
        List<Long> due;
        do {
            long from = after;
            due = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                            "select v.id from CaseVisit v where v.status = :scheduled and v.dueOn < :today"
                                    + " and v.id > :after order by v.id", Long.class)
                    .setParameter("scheduled", VisitStatus.SCHEDULED).setParameter("today", today)
                    .setParameter("after", from).setMaxResults(BATCH).getResultList());
            for (Long visitId : due) {
                if (QuarkusTransaction.requiringNew().call(() -> markMissed(visitId, today))) {
                    missed++;
                }
                after = visitId;
            }
        } while (due.size() == BATCH);
        return missed;
    }

    private boolean markMissed(long visitId, LocalDate today) {
        CaseVisit visit = entityManager.find(CaseVisit.class, visitId);
        // The case first, as assessments and recorded visits lock it, so that the two never wait on each other.
        JuvenileCase c = entityManager.find(JuvenileCase.class, visit.caseId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        // A visit of a case that is no longer active is not missed: the schedule has simply lapsed.
        VisitStatus outcome = c.status == CaseStatus.ACTIVE ? VisitStatus.MISSED : VisitStatus.CANCELLED;
        int marked = entityManager.createQuery("update CaseVisit v set v.status = :outcome, v.closedAt = :now,"
                        + " v.version = v.version + 1 where v.id = :id and v.status = :scheduled")
                .setParameter("outcome", outcome).setParameter("now", now).setParameter("id", visitId)
                .setParameter("scheduled", VisitStatus.SCHEDULED).executeUpdate();
        if (marked == 0) {
            return false;
        }
        if (outcome == VisitStatus.MISSED) {
            entityManager.refresh(visit);
            // missed by whoever leads the case now: the lead may have changed since the visit was scheduled
            visit.workerId = c.assignedWorkerId;
            events.visitMissed(c, visit, today);
            schedule.scheduleNext(c, today, now);
        }
        // missed, or cancelled: either way the case's overdue day moves (one statement for this case)
        c.visitsChanged();
        return outcome == VisitStatus.MISSED;
    }
}
