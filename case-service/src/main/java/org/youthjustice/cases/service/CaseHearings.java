package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.CaseHearing;
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
 * Court hearings of a case. A lay assessor must be appointed at the hearing's court on its day, and must not work on
 * the case they judge: a worker who leads or ever led it, or is on its correction team, is refused
 * ({@link LayAssessors}).
 */
@ApplicationScoped
@Transactional
public class CaseHearings {

    /** The most lay assessors a hearing seats (as the request's size limit says). */
    public static final int MAX_ASSESSORS = 6;

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    LayAssessors layAssessors;

    @Inject
    Clock clock;

    public CaseHearing schedule(String reference, String courtCode, Instant scheduledAt, Set<String> assessors) {
        // locked, so that an assignment of one of the assessors cannot slip in between the check and the hearing
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        requireOwnCourt(courtCode);
        Instant now = Instant.now(clock);
        if (!scheduledAt.isAfter(now)) {
            throw ProblemException.badRequest("A hearing is set for a time to come.",
                    List.of(new FieldError("scheduledAt", "past", "must be in the future")));
        }
        layAssessors.requireAppointed(courtCode, scheduledAt, assessors, "assessorWorkerIds");
        layAssessors.requireUninvolved(c, assessors, "assessorWorkerIds");
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

    /**
     * Adds a lay assessor to a hearing yet to come, under the rules of {@link #schedule}: appointed at the hearing's
     * court on its day, not working on the case, at most {@value #MAX_ASSESSORS} in all. One already sitting changes
     * nothing.
     */
    public CaseHearing addAssessor(String reference, long hearingId, String workerId) {
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        CaseHearing hearing = CaseHearing.<CaseHearing>find("id = ?1 and caseId = ?2", hearingId, c.id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case " + reference + " has no hearing " + hearingId + "."));
        requireOwnCourt(hearing.courtCode);
        if (!hearing.scheduledAt.isAfter(Instant.now(clock))) {
            throw ProblemException.conflict("Hearing " + hearingId + " has taken place: its assessors are final.");
        }
        if (hearing.assessorWorkerIds.contains(workerId)) {
            return hearing;
        }
        if (hearing.assessorWorkerIds.size() >= MAX_ASSESSORS) {
            throw ProblemException.unprocessable("Hearing " + hearingId + " has " + MAX_ASSESSORS + " lay assessors "
                    + "already.", List.of(new FieldError("workerId", "too-many",
                    "the hearing has " + MAX_ASSESSORS + " lay assessors already")));
        }
        layAssessors.requireAppointed(hearing.courtCode, hearing.scheduledAt, Set.of(workerId), "workerId");
        layAssessors.requireUninvolved(c, Set.of(workerId), "workerId");
        hearing.assessorWorkerIds.add(workerId);
        return hearing;
    }

    /** A court officer (who is not also an officer of the office or an admin) acts for their own court only. */
    private void requireOwnCourt(String courtCode) {
        if (caller.hasRole(Roles.COURT_OFFICER) && !caller.hasAnyRole(Roles.ADMIN, Roles.JUDICIAL_OFFICER)
                && !courtCode.equals(caller.courtCode().orElse(null))) {
            throw ProblemException.unprocessable("A court officer sets hearings of their own court.",
                    List.of(new FieldError("courtCode", "other-court", "must be your court")));
        }
    }

    /** A hearing of a case in the caller's scope: what a retry of setting it answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseHearing find(String reference, long hearingId) {
        JuvenileCase c = cases.find(reference);
        return CaseHearing.<CaseHearing>find("id = ?1 and caseId = ?2", hearingId, c.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case " + reference + " has no hearing " + hearingId
                        + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseHearing> list(String reference) {
        JuvenileCase c = cases.find(reference);
        return CaseHearing.list("caseId", Sort.by("scheduledAt").and("id"), c.id);
    }
}
