package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.AssignmentEnd;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.CaseAssignment;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.WorkerPosting;
import org.youthjustice.cases.messaging.out.CaseEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The lead social worker of a case: assigning, reassigning, removing, and the history of it. */
@ApplicationScoped
@Transactional
public class CaseAssignments {

    /** A referral is accepted by its office (INTAKE) before anyone works on it; a closed case is over. */
    private static final Set<CaseStatus> ASSIGNABLE = EnumSet.of(CaseStatus.INTAKE, CaseStatus.ACTIVE,
            CaseStatus.SUSPENDED);

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    WorkerRoster roster;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    VisitSchedule visits;

    @Inject
    LayAssessors layAssessors;

    /**
     * Makes {@code workerId} the lead worker of the case. The worker must be posted at the case's office today (as
     * far as this service has heard from worker-service) and not suspended or gone, nor sit as lay assessor on a
     * hearing of the case to come ({@link LayAssessors}); a supervisor assigns only their own agency's workers.
     * Assigning the current lead worker again changes nothing.
     */
    public JuvenileCase assign(String reference, OptionalInt expectedVersion, String workerId, String reason) {
        JuvenileCase c = cases.findForUpdate(reference, expectedVersion);
        if (!ASSIGNABLE.contains(c.status)) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + ": a worker is assigned to a "
                    + "case its office has accepted (INTAKE, ACTIVE or SUSPENDED).").with("caseStatus", c.status.name());
        }
        if (workerId.equals(c.assignedWorkerId)) {
            return c;
        }
        layAssessors.requireNotSitting(c, Set.of(workerId), "workerId");
        LocalDate today = ServiceZone.today(clock);
        WorkerPosting posting = roster.postingAt(workerId, c.officeCode, today).orElseThrow(() ->
                ProblemException.unprocessable("Worker " + workerId + " is not posted at office " + c.officeCode
                        + " today.", List.of(new FieldError("workerId", "not-posted",
                        "must be posted at the case's office today"))));
        roster.status(workerId).filter(status -> status.unavailable()).ifPresent(status -> {
            throw ProblemException.unprocessable("Worker " + workerId + " is " + status.status + ".",
                    List.of(new FieldError("workerId", "unavailable", "must not be suspended or gone")));
        });
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.JUDICIAL_OFFICER)
                && !posting.agencyId.equals(caller.agencyId().orElse(null))) {
            throw ProblemException.unprocessable("Worker " + workerId + " works for another agency.",
                    List.of(new FieldError("workerId", "other-agency", "must be a worker of your agency")));
        }
        Instant now = Instant.now(clock);
        String previous = c.assignedWorkerId;
        CaseAssignment.current(c.id).ifPresent(a -> a.end(AssignmentEnd.REASSIGNED, caller.subject(), now));
        CaseAssignment assignment = new CaseAssignment();
        assignment.caseId = c.id;
        assignment.workerId = workerId;
        assignment.agencyId = posting.agencyId;
        assignment.reason = reason.strip();
        assignment.assignedAt = now;
        assignment.assignedBy = caller.subject();
        assignment.persist();
        c.assignedWorkerId = workerId;
        c.assignedAgencyId = posting.agencyId;
        c.reassignmentNeeded = false;
        c.touch(caller.subject(), now);
        JuvenileCase.flush();
        events.assigned(c, previous, now);
        audit.record(AuditAction.ASSIGNED, c.reference, null, workerId);
        visits.leadChanged(c);
        return c;
    }

    /** Leaves the case without a lead worker. */
    public JuvenileCase remove(String reference, OptionalInt expectedVersion) {
        JuvenileCase c = cases.findForUpdate(reference, expectedVersion);
        CaseAssignment current = CaseAssignment.current(c.id).orElseThrow(() ->
                ProblemException.conflict("Case " + reference + " has no lead worker."));
        Instant now = Instant.now(clock);
        current.end(AssignmentEnd.REMOVED, caller.subject(), now);
        c.assignedWorkerId = null;
        c.assignedAgencyId = null;
        c.reassignmentNeeded = false;
        c.touch(caller.subject(), now);
        JuvenileCase.flush();
        events.unassigned(c, current);
        audit.record(AuditAction.UNASSIGNED, c.reference, null, current.workerId);
        visits.leadChanged(c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseAssignment> history(String reference) {
        JuvenileCase c = cases.find(reference);
        return CaseAssignment.list("caseId", Sort.by("assignedAt").and("id"), c.id);
    }
}
