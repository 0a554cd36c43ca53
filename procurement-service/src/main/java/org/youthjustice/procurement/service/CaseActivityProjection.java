package org.youthjustice.procurement.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.messaging.EventEnvelope;
import org.youthjustice.platform.messaging.MalformedEventException;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.messaging.in.CaseAssigned;
import org.youthjustice.procurement.messaging.in.CaseClosed;
import org.youthjustice.procurement.messaging.in.CaseReferred;
import org.youthjustice.procurement.messaging.in.CaseStatusChanged;
import org.youthjustice.procurement.messaging.in.ServiceRecorded;
import org.youthjustice.procurement.messaging.in.VisitCompleted;
import org.youthjustice.procurement.messaging.in.VisitMissed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What happens at the sites, from case-service's events: each case's office, court and latest status; minutes of
 * service; visits and their outcomes. Every write is an upsert whose result does not depend on the order of the
 * events (a status or outcome of a later time wins, whenever it arrives) and the inbox applies each event id once, so
 * duplicated and reordered deliveries leave the rows a delivery in order leaves. Runs in the inbox's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseActivityProjection {

    /** The event types this projection reads; the rest of {@code cases.v1} passes without a transaction. */
    public static final Set<String> TYPES = Set.of(CaseReferred.TYPE, CaseStatusChanged.TYPE, CaseClosed.TYPE,
            CaseAssigned.TYPE, ServiceRecorded.TYPE, VisitCompleted.TYPE, VisitMissed.TYPE);

    private static final String CLOSED = "CLOSED";

    @Inject
    Clock clock;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case CaseReferred.TYPE -> {
                CaseReferred referred = event.data(CaseReferred.class);
                require(referred.reference() != null && referred.officeCode() != null && referred.status() != null
                        && referred.referredAt() != null, event);
                caseSeen(referred.reference(), referred.officeCode(), referred.courtCode(), referred.status(),
                        referred.referredAt());
            }
            case CaseStatusChanged.TYPE -> {
                CaseStatusChanged changed = event.data(CaseStatusChanged.class);
                require(changed.reference() != null && changed.toStatus() != null && changed.changedAt() != null,
                        event);
                caseSeen(changed.reference(), changed.officeCode(), null, changed.toStatus(), changed.changedAt());
            }
            case CaseClosed.TYPE -> {
                CaseClosed closed = event.data(CaseClosed.class);
                require(closed.reference() != null && closed.closedAt() != null, event);
                caseSeen(closed.reference(), closed.officeCode(), null, CLOSED, closed.closedAt());
            }
            case CaseAssigned.TYPE -> {
                CaseAssigned assigned = event.data(CaseAssigned.class);
                require(assigned.reference() != null && assigned.officeCode() != null, event);
                caseSeen(assigned.reference(), assigned.officeCode(), null, null, null);
            }
            case ServiceRecorded.TYPE -> serviceRecorded(event);
            case VisitCompleted.TYPE -> {
                VisitCompleted completed = event.data(VisitCompleted.class);
                require(completed.visitId() != null && completed.officeCode() != null
                        && completed.completedAt() != null && event.time() != null, event);
                visit(completed.visitId(), completed.officeCode(), ServiceZone.dayOf(completed.completedAt()),
                        "COMPLETED", event.time());
            }
            case VisitMissed.TYPE -> {
                VisitMissed missed = event.data(VisitMissed.class);
                require(missed.visitId() != null && missed.officeCode() != null && missed.dueOn() != null
                        && event.time() != null, event);
                visit(missed.visitId(), missed.officeCode(), missed.dueOn(), "MISSED", event.time());
            }
            default -> throw new IllegalArgumentException("not a case event of coverage: " + event.type());
        }
    }

    /**
     * A case seen at an office (and a court, from its referral), with a status as of {@code at} unless null. The
     * status with the later time wins; at the same time CLOSED wins (case-service closes with one time for
     * case.status-changed and case.closed), so that no order of delivery reopens a closed case.
     */
    private void caseSeen(String reference, String office, String court, String status, Instant at) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into coverage_case (reference, office_code, court_code, status, status_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (reference) do update set
                            office_code = coalesce(excluded.office_code, coverage_case.office_code),
                            court_code = coalesce(excluded.court_code, coverage_case.court_code),
                            status = case when coverage_case.status_at is null or excluded.status_at > coverage_case.status_at
                                    or excluded.status_at = coverage_case.status_at and excluded.status = 'CLOSED'
                                then excluded.status else coverage_case.status end,
                            status_at = greatest(coverage_case.status_at, excluded.status_at),
                            updated_at = excluded.updated_at""")
                .setParameter(1, reference).setParameter(2, office).setParameter(3, court)
                .setParameter(4, status).setParameter(5, at).setParameter(6, Instant.now(clock)).executeUpdate();
    }

    private void serviceRecorded(EventEnvelope event) {
        ServiceRecorded service = event.data(ServiceRecorded.class);
        require(service.officeCode() != null && service.agencyId() != null && service.minutes() != null
                && service.minutes() > 0 && service.deliveredOn() != null, event);
        Panache.getEntityManager().createNativeQuery("""
                        insert into coverage_service (event_id, office_code, agency_code, delivered_on, minutes)
                        values (?1, ?2, ?3, ?4, ?5) on conflict (event_id) do nothing""")
                .setParameter(1, event.id()).setParameter(2, service.officeCode())
                .setParameter(3, service.agencyId()).setParameter(4, service.deliveredOn())
                .setParameter(5, service.minutes()).executeUpdate();
    }

    /** The outcome recorded last wins; at the same time a completion wins over a miss. */
    private void visit(long visitId, String office, LocalDate on, String outcome, Instant at) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into coverage_visit (visit_id, office_code, visit_on, outcome, outcome_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (visit_id) do update set office_code = excluded.office_code,
                            visit_on = excluded.visit_on, outcome = excluded.outcome, outcome_at = excluded.outcome_at
                        where excluded.outcome_at > coverage_visit.outcome_at
                            or excluded.outcome_at = coverage_visit.outcome_at and excluded.outcome = 'COMPLETED'""")
                .setParameter(1, visitId).setParameter(2, office).setParameter(3, on)
                .setParameter(4, outcome).setParameter(5, at).executeUpdate();
    }

    private static void require(boolean complete, EventEnvelope event) {
        if (!complete) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type()
                    + ") lacks a field coverage reads");
        }
    }
}
