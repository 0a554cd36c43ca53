package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.CaseAssignment;
import org.youthjustice.cases.domain.CaseHearing;
import org.youthjustice.cases.domain.CaseTeamMember;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Court hearings of a case. A lay assessor must not work on the case they judge: a worker who leads or ever led it,
 * or is on its correction team, is refused.
 */
@ApplicationScoped
@Transactional
public class CaseHearings {

    @Inject
    Caller caller;

    @Inject
    CaseService cases;

    @Inject
    Clock clock;

    public CaseHearing schedule(String reference, String courtCode, Instant scheduledAt, Set<String> assessors) {
        // locked, so that an assignment of one of the assessors cannot slip in between the check and the hearing
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        if (caller.hasRole(Roles.COURT_OFFICER) && !caller.hasAnyRole(Roles.ADMIN, Roles.JUDICIAL_OFFICER)
                && !courtCode.equals(caller.courtCode().orElse(null))) {
            throw ProblemException.unprocessable("A court officer sets hearings of their own court.",
                    List.of(new FieldError("courtCode", "other-court", "must be your court")));
        }
        Instant now = Instant.now(clock);
        if (!scheduledAt.isAfter(now)) {
            throw ProblemException.badRequest("A hearing is set for a time to come.",
                    List.of(new FieldError("scheduledAt", "past", "must be in the future")));
        }
        Set<String> conflicting = new TreeSet<>();
        CaseAssignment.<CaseAssignment>list("caseId = ?1 and workerId in ?2", c.id, assessors)
                .forEach(a -> conflicting.add(a.workerId));
        CaseTeamMember.<CaseTeamMember>list("caseId = ?1 and workerId in ?2", c.id, assessors)
                .forEach(m -> conflicting.add(m.workerId));
        if (!conflicting.isEmpty()) {
            throw ProblemException.unprocessable("Lay assessors " + String.join(", ", conflicting) + " work or "
                            + "worked on this case and cannot serve on its hearing.",
                    List.of(new FieldError("assessorWorkerIds", "conflict",
                            "must not lead, have led, or be on the team of the case")))
                    .with("conflictingWorkerIds", List.copyOf(conflicting));
        }
        CaseHearing hearing = new CaseHearing();
        hearing.caseId = c.id;
        hearing.courtCode = courtCode;
        hearing.scheduledAt = scheduledAt;
        hearing.assessorWorkerIds = new TreeSet<>(assessors);
        hearing.createdAt = now;
        hearing.createdBy = caller.subject();
        hearing.persist();
        return hearing;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseHearing> list(String reference) {
        JuvenileCase c = cases.find(reference);
        return CaseHearing.list("caseId", Sort.by("scheduledAt").and("id"), c.id);
    }
}
