package org.youthjustice.cases.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.domain.CaseAssignment;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseTransition;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.messaging.Outbox;

import java.time.Instant;

/** The events of case-service, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class CaseEvents {

    public static final String TOPIC = "cases.v1";

    @Inject
    Outbox outbox;

    public void referred(JuvenileCase c) {
        outbox.publish(TOPIC, c.reference, CaseReferred.TYPE, CaseReferred.VERSION,
                new CaseReferred(c.reference, c.type.name(), c.correctionKind == null ? null : c.correctionKind.name(),
                        c.referralSource == null ? null : c.referralSource.name(), c.officeCode, c.courtCode,
                        c.regionCode, c.periodStart, c.periodEnd, c.status.name(), c.createdAt));
    }

    public void transitioned(JuvenileCase c, CaseTransition transition) {
        outbox.publish(TOPIC, c.reference, CaseStatusChanged.TYPE, CaseStatusChanged.VERSION,
                new CaseStatusChanged(c.reference, c.officeCode, transition.fromStatus.name(),
                        transition.toStatus.name(), transition.changedAt));
        if (transition.toStatus == CaseStatus.CLOSED) {
            outbox.publish(TOPIC, c.reference, CaseClosed.TYPE, CaseClosed.VERSION,
                    new CaseClosed(c.reference, c.officeCode, transition.fromStatus.name(),
                            transition.closureReason.name(), transition.changedAt));
        }
    }

    public void assigned(JuvenileCase c, String previousWorkerId, Instant at) {
        outbox.publish(TOPIC, c.reference, CaseAssigned.TYPE, CaseAssigned.VERSION,
                new CaseAssigned(c.reference, c.officeCode, c.type.name(), c.assignedWorkerId, c.assignedAgencyId,
                        previousWorkerId, c.riskLevel == null ? null : c.riskLevel.name(), at));
    }

    public void unassigned(JuvenileCase c, CaseAssignment ended) {
        outbox.publish(TOPIC, c.reference, CaseUnassigned.TYPE, CaseUnassigned.VERSION,
                new CaseUnassigned(c.reference, c.officeCode, ended.workerId, ended.agencyId,
                        ended.endReason.name(), ended.endedAt));
    }

    public void reassignmentNeeded(JuvenileCase c, String workerStatus, Instant at) {
        outbox.publish(TOPIC, c.reference, CaseReassignmentNeeded.TYPE, CaseReassignmentNeeded.VERSION,
                new CaseReassignmentNeeded(c.reference, c.officeCode, c.assignedWorkerId, workerStatus, at));
    }

    public void sealed(JuvenileCase c) {
        outbox.publish(TOPIC, c.reference, CaseSealed.TYPE, CaseSealed.VERSION,
                new CaseSealed(c.reference, c.officeCode, c.sealedAt));
    }
}
