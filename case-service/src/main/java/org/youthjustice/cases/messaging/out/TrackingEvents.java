package org.youthjustice.cases.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RiskAssessment;
import org.youthjustice.cases.domain.ServiceRecord;
import org.youthjustice.platform.messaging.Outbox;

import java.time.LocalDate;
import java.time.YearMonth;

/** The tracking events of a case (risk, visits, services, age), written to the outbox in the caller's transaction. */
@ApplicationScoped
public class TrackingEvents {

    @Inject
    Outbox outbox;

    public void riskChanged(JuvenileCase c, RiskAssessment assessment) {
        outbox.publish(CaseEvents.TOPIC, c.reference, RiskChanged.TYPE, RiskChanged.VERSION,
                new RiskChanged(c.reference, c.officeCode, assessment.level.name(),
                        assessment.previousLevel == null ? null : assessment.previousLevel.name(), c.assignedWorkerId,
                        assessment.assessedAt));
    }

    public void visitScheduled(JuvenileCase c, CaseVisit visit) {
        outbox.publish(CaseEvents.TOPIC, c.reference, VisitScheduled.TYPE, VisitScheduled.VERSION,
                new VisitScheduled(c.reference, c.officeCode, visit.id, visit.dueOn, visit.workerId));
    }

    public void visitCompleted(JuvenileCase c, CaseVisit visit) {
        outbox.publish(CaseEvents.TOPIC, c.reference, VisitCompleted.TYPE, VisitCompleted.VERSION,
                new VisitCompleted(c.reference, c.officeCode, visit.id, visit.placeKind.name(), visit.visitedAt,
                        visit.workerId));
    }

    public void visitMissed(JuvenileCase c, CaseVisit visit, LocalDate detectedOn) {
        outbox.publish(CaseEvents.TOPIC, c.reference, VisitMissed.TYPE, VisitMissed.VERSION,
                new VisitMissed(c.reference, c.officeCode, visit.id, visit.dueOn, visit.workerId, detectedOn));
    }

    public void serviceRecorded(JuvenileCase c, ServiceRecord service) {
        outbox.publish(CaseEvents.TOPIC, c.reference, ServiceRecorded.TYPE, ServiceRecorded.VERSION,
                new ServiceRecorded(c.reference, c.officeCode, service.workerId, service.agencyId, service.kind.name(),
                        service.minutes, service.deliveredOn));
    }

    public void subjectTurned18(String reference, String officeCode, YearMonth month) {
        outbox.publish(CaseEvents.TOPIC, reference, SubjectTurned18.TYPE, SubjectTurned18.VERSION,
                new SubjectTurned18(reference, officeCode, month));
    }
}
