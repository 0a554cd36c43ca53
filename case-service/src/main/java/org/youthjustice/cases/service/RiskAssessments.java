package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RiskAssessment;
import org.youthjustice.cases.domain.RiskFactor;
import org.youthjustice.cases.domain.RiskLevel;
import org.youthjustice.cases.domain.RowIds;
import org.youthjustice.cases.messaging.out.TrackingEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

import static org.youthjustice.cases.domain.CipherColumns.RISK_ASSESSMENT;
import static org.youthjustice.cases.domain.CipherColumns.RISK_NOTE;

/** Risk assessments of a case: the latest sets its risk level and, for an active case, its visit schedule. */
@ApplicationScoped
@Transactional
public class RiskAssessments {

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    VisitSchedule schedule;

    @Inject
    TrackingEvents events;

    @Inject
    IdentityCipher cipher;

    @Inject
    Clock clock;

    public RiskAssessment assess(String reference, RiskLevel level, Set<RiskFactor> factors, String note) {
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        if (!c.status.isTracked()) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + ": risk is assessed on a case "
                    + "its office has accepted and not closed.").with("caseStatus", c.status.name());
        }
        Instant now = Instant.now(clock);
        RiskAssessment assessment = new RiskAssessment();
        assessment.id = RowIds.next(RISK_ASSESSMENT.name());
        assessment.caseId = c.id;
        assessment.level = level;
        assessment.previousLevel = c.riskLevel;
        assessment.factors = factors.isEmpty() ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(factors);
        assessment.noteCipher = note == null || note.isBlank()
                ? null : cipher.encrypt(note.strip(), RISK_NOTE.at(assessment.caseId, assessment.id));
        assessment.assessedAt = now;
        assessment.assessedBy = caller.subject();
        assessment.assessorWorkerId = caller.hasRole(Roles.SOCIAL_WORKER) ? caller.workerId().orElse(null) : null;
        assessment.persist();
        c.riskLevel = level;
        c.touch(caller.subject(), now);
        JuvenileCase.flush();
        if (assessment.previousLevel != level) {
            events.riskChanged(c, assessment);
        }
        schedule.scheduleNext(c, ServiceZone.dayOf(now), now);
        c.visitsChanged();
        return assessment;
    }

    /** An assessment of a case in the caller's scope: what a retry of the assessment answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskAssessment find(String reference, long assessmentId) {
        JuvenileCase c = cases.find(reference);
        return RiskAssessment.<RiskAssessment>find("id = ?1 and caseId = ?2", assessmentId, c.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Case " + reference
                        + " has no risk assessment " + assessmentId + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RiskAssessment> history(String reference, PageRequest page) {
        JuvenileCase c = cases.find(reference);
        var found = RiskAssessment.<RiskAssessment>find("caseId", Sort.descending("assessedAt").and("id",
                Sort.Direction.Descending), c.id);
        return Page.of(found, page);
    }
}
