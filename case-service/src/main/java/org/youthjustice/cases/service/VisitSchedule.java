package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.config.VisitConfig;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.CipherColumns;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RowIds;
import org.youthjustice.cases.domain.VisitStatus;
import org.youthjustice.cases.messaging.out.TrackingEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The next visit of an active case, due one interval of its risk level after an assessment, a completed visit or a
 * missed one. A case has at most one open scheduled visit: a new schedule cancels it. The caller holds the case's
 * row lock, so that two schedules of one case never race. The case's overdue day ({@link JuvenileCase#visitsChanged()})
 * is recounted by {@link #caseMoved} itself, and by the callers of {@link #scheduleNext} once their own changes of the
 * case's visits are made too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VisitSchedule {

    @Inject
    VisitConfig config;

    @Inject
    TrackingEvents events;

    /**
     * After a transition: a case that becomes ACTIVE without a scheduled visit gets one, an interval from today (it
     * may have been assessed at intake); a closed case's open visit is cancelled, as nobody will visit any more. A
     * suspended case keeps its visit: the missed-visit check cancels it if the case is still suspended when it falls
     * due.
     */
    public void caseMoved(JuvenileCase c, Instant now) {
        if (c.status == CaseStatus.ACTIVE && CaseVisit.scheduled(c.id).isEmpty()) {
            scheduleNext(c, ServiceZone.dayOf(now), now);
            c.visitsChanged();
        } else if (c.status == CaseStatus.CLOSED) {
            CaseVisit.scheduled(c.id).ifPresent(open -> {
                open.status = VisitStatus.CANCELLED;
                open.closedAt = now;
                c.visitsChanged();
            });
        }
    }

    /**
     * Schedules the next visit {@code from} a day on; a case that is not ACTIVE or not assessed keeps its schedule. The
     * caller recounts the case's overdue day afterwards.
     */
    public void scheduleNext(JuvenileCase c, LocalDate from, Instant now) {
        if (c.status != CaseStatus.ACTIVE || c.riskLevel == null) {
            return;
        }
        CaseVisit.scheduled(c.id).ifPresent(open -> {
            open.status = VisitStatus.CANCELLED;
            open.closedAt = now;
        });
        // the one-scheduled-visit index must see the cancellation before the new visit
        CaseVisit.flush();
        CaseVisit next = new CaseVisit();
        next.id = RowIds.next(CipherColumns.VISIT.name());
        next.caseId = c.id;
        next.status = VisitStatus.SCHEDULED;
        next.dueOn = from.plusDays(config.daysBetweenVisits(c.riskLevel));
        next.workerId = c.assignedWorkerId;
        next.createdAt = now;
        next.persist();
        CaseVisit.flush();
        events.visitScheduled(c, next);
    }

    /**
     * After the lead worker changed: the open scheduled visit is the new lead's to make (none after the lead was
     * removed, until someone is assigned), so it follows them, keeping its id and due day, and {@code visit.scheduled}
     * is published again naming them, for whoever reminds workers of their visits.
     */
    public void leadChanged(JuvenileCase c) {
        CaseVisit.scheduled(c.id).filter(open -> !Objects.equals(open.workerId, c.assignedWorkerId)).ifPresent(open -> {
            open.workerId = c.assignedWorkerId;
            events.visitScheduled(c, open);
        });
    }
}
