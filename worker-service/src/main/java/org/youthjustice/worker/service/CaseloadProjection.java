package org.youthjustice.worker.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.youthjustice.platform.messaging.EventEnvelope;
import org.youthjustice.platform.messaging.MalformedEventException;
import org.youthjustice.worker.domain.CaseloadCase;
import org.youthjustice.worker.messaging.in.CaseAssigned;
import org.youthjustice.worker.messaging.in.CaseClosed;
import org.youthjustice.worker.messaging.in.CaseUnassigned;
import org.youthjustice.worker.messaging.in.RiskChanged;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the cases of each lead worker from case-service's events. Runs in the inbox's transaction, so the change
 * and the record of the event id commit together and a redelivered event changes nothing. Events of one case come
 * in order (they are keyed by the case reference).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseloadProjection {

    private static final Logger LOG = Logger.getLogger(CaseloadProjection.class);

    @Inject
    CapacityWatch capacity;

    @Inject
    Clock clock;

    /** The event types that change a caseload: {@link #apply} handles these. */
    public static final Set<String> TYPES = Set.of(CaseAssigned.TYPE, CaseUnassigned.TYPE, CaseClosed.TYPE,
            RiskChanged.TYPE);

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case CaseAssigned.TYPE -> assigned(event.data(CaseAssigned.class));
            case CaseUnassigned.TYPE -> removed(event.data(CaseUnassigned.class).reference());
            case CaseClosed.TYPE -> removed(event.data(CaseClosed.class).reference());
            case RiskChanged.TYPE -> riskChanged(event.data(RiskChanged.class));
            default -> LOG.debugf("event %s of type %s does not change caseloads", event.id(), event.type());
        }
    }

    private void assigned(CaseAssigned assigned) {
        if (assigned.reference() == null || assigned.workerId() == null || assigned.agencyId() == null
                || assigned.officeCode() == null || assigned.caseType() == null || assigned.assignedAt() == null) {
            throw new MalformedEventException("case.assigned without reference, workerId, agencyId, officeCode, "
                    + "caseType or assignedAt");
        }
        CaseloadCase row = CaseloadCase.findById(assigned.reference());
        TreeSet<String> affected = new TreeSet<>();
        affected.add(assigned.workerId());
        if (row == null) {
            row = new CaseloadCase();
            row.caseReference = assigned.reference();
        } else {
            // the table, not the event's previousWorkerId, says whose load the case leaves
            affected.add(row.workerId);
        }
        row.workerId = assigned.workerId();
        row.agencyCode = assigned.agencyId();
        row.officeCode = assigned.officeCode();
        row.caseType = assigned.caseType();
        row.riskLevel = assigned.riskLevel();
        row.assignedAt = assigned.assignedAt();
        row.updatedAt = Instant.now(clock);
        row.persist();
        // in a fixed order, so that two transactions checking the same two workers cannot deadlock; the check's
        // count writes the row first (no flush here: it would be a second pass over the session for nothing)
        affected.forEach(capacity::check);
    }

    private void removed(String reference) {
        CaseloadCase row = reference == null ? null : CaseloadCase.findById(reference);
        if (row == null) {
            return;
        }
        row.delete();
        capacity.check(row.workerId);
    }

    private void riskChanged(RiskChanged changed) {
        CaseloadCase row = changed.reference() == null ? null : CaseloadCase.findById(changed.reference());
        if (row == null) {
            // a case without a lead worker is in no caseload; its level comes with its next case.assigned
            return;
        }
        row.riskLevel = changed.level();
        row.updatedAt = Instant.now(clock);
        capacity.check(row.workerId);
    }
}
