package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.AssignmentEnd;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.CaseAssignment;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseTransition;
import org.youthjustice.cases.domain.ClosureReason;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.messaging.out.CaseEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/** Moving cases through their statuses, each move kept with who made it, when and why. */
@ApplicationScoped
@Transactional
public class CaseTransitions {

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    VisitSchedule visitSchedule;

    public JuvenileCase transition(String reference, OptionalInt expectedVersion, CaseStatus to, String reason,
                                   ClosureReason closureReason) {
        JuvenileCase c = cases.findForUpdate(reference, expectedVersion);
        if (to == CaseStatus.CLOSED && closureReason == null) {
            throw ProblemException.badRequest("Closing a case needs a closure reason.", List.of(
                    new FieldError("closureReason", "required", "must be given when closing")));
        }
        if (to != CaseStatus.CLOSED && closureReason != null) {
            throw ProblemException.badRequest("A closure reason is given only when closing.", List.of(
                    new FieldError("closureReason", "not-closing", "must be absent unless to is CLOSED")));
        }
        if (!c.status.mayMoveTo(to)) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + " and cannot move to " + to
                    + ".").with("allowed", c.status.allowedTargets().stream().map(Enum::name).toList());
        }
        Instant now = Instant.now(clock);
        CaseTransition transition = new CaseTransition();
        transition.caseId = c.id;
        transition.fromStatus = c.status;
        transition.toStatus = to;
        transition.reason = reason.strip();
        transition.closureReason = closureReason;
        transition.changedAt = now;
        transition.changedBy = caller.subject();
        transition.persist();
        if (to == CaseStatus.CLOSED) {
            // the lead worker stays on record as the last one; their time on the case ends with it
            CaseAssignment.current(c.id).ifPresent(a -> a.end(AssignmentEnd.CASE_CLOSED, caller.subject(), now));
        }
        c.status = to;
        c.closureReason = closureReason;
        c.touch(caller.subject(), now);
        JuvenileCase.flush();
        events.transitioned(c, transition);
        audit.record(AuditAction.STATUS_CHANGED, c.reference, null, transition.fromStatus + "→" + to);
        visitSchedule.caseMoved(c, now);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTransition> history(String reference) {
        JuvenileCase c = cases.find(reference);
        return CaseTransition.list("caseId", Sort.by("changedAt").and("id"), c.id);
    }
}
