package org.youthjustice.cases.service;

import static org.youthjustice.cases.domain.CipherColumns.GOAL_TITLE;
import static org.youthjustice.cases.domain.CipherColumns.RISK_NOTE;
import static org.youthjustice.cases.domain.CipherColumns.SERVICE_NOTE;
import static org.youthjustice.cases.domain.CipherColumns.VISIT_NOTE;
import static org.youthjustice.cases.domain.CipherColumns.VISIT_PLACE;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.CasePlanGoal;
import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.NotePart;
import org.youthjustice.cases.domain.NoteRevealPurpose;
import org.youthjustice.cases.domain.RiskAssessment;
import org.youthjustice.cases.domain.ServiceRecord;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives the free text of a case in full (visit places and notes, service and risk notes, plan goal titles), which
 * ordinary reads show only to its lead worker ({@link NoteDisclosure}), for a stated purpose, audited in the same
 * transaction: no text given without its {@code NOTES_REVEALED} row. Who may: the lead social worker, judicial officers
 * of the case's office, supervisors of the agency that leads it; never an admin, court officer, auditor or other role,
 * nor a machine client whatever roles it holds. Refusals are audited and bounded as refused identity reveals are
 * ({@link IdentityReveals}, {@link RevealRefusals}, whose per-caller budget they share).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = AuditedRefusal.class)
public class NoteReveals {

    @Inject
    Caller caller;

    @Inject
    CaseScope scope;

    @Inject
    NoteDisclosure disclosure;

    @Inject
    MachineClients machines;

    @Inject
    AuditTrail audit;

    @Inject
    RevealRefusals refusals;

    @Inject
    IdentityCipher cipher;

    @Inject
    Clock clock;

    /** The free text of {@code parts} of the case (all of it when empty), for {@code purpose}. */
    public Revealed reveal(String reference, NoteRevealPurpose purpose, Set<NotePart> parts) {
        if (machines.isCalling()) {
            // before anything is read, so that the answer tells nothing about the case
            throw refused(reference, purpose, Refusal.MACHINE_CLIENT, "A machine client (a partner system's service "
                    + "account) is given no free text, whatever roles it holds.");
        }
        if (!caller.hasAnyRole(Roles.JUDICIAL_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER)) {
            throw refused(reference, purpose, Refusal.ROLE_NOT_ALLOWED, "Only the case's lead social worker, judicial "
                    + "officers of its office and supervisors of its agency are given its free text.");
        }
        JuvenileCase c = scope.visible(reference).orElseThrow(() -> refused(reference, purpose, Refusal.OUT_OF_SCOPE,
                "No case " + reference + "."));
        boolean officer = caller.hasRole(Roles.JUDICIAL_OFFICER) && c.officeCode.equals(caller.officeCode().orElse(null));
        boolean supervisor = caller.hasRole(Roles.AGENCY_SUPERVISOR) && c.assignedAgencyId != null
                && c.assignedAgencyId.equals(caller.agencyId().orElse(null));
        if (!officer && !supervisor && !disclosure.isLead(c)) {
            // a supervisor's scope also holds the unassigned cases of the offices the agency serves, which it may
            // pick up; what other agencies' workers wrote on them is not the agency's to read
            throw refused(reference, purpose, Refusal.NOT_AGENCY_CASE, "A supervisor is given the free text of the "
                    + "cases their agency's workers lead.");
        }
        Set<NotePart> given = parts.isEmpty() ? EnumSet.allOf(NotePart.class) : EnumSet.copyOf(parts);
        audit.record(AuditAction.NOTES_REVEALED, c.reference, purpose,
                given.stream().map(Enum::name).collect(Collectors.joining(",")));
        return new Revealed(c.reference, purpose, List.copyOf(given),
                given.contains(NotePart.VISITS) ? visits(c) : null,
                given.contains(NotePart.SERVICES) ? services(c) : null,
                given.contains(NotePart.RISK_ASSESSMENTS) ? riskAssessments(c) : null,
                given.contains(NotePart.PLAN) ? goals(c) : null,
                Instant.now(clock));
    }

    private List<VisitText> visits(JuvenileCase c) {
        return CaseVisit.<CaseVisit>list("caseId = ?1 and (placeCipher is not null or noteCipher is not null)",
                Sort.descending("id"), c.id).stream()
                .map(v -> new VisitText(v.id, cipher.decrypt(v.placeCipher, VISIT_PLACE.at(v.caseId, v.id)),
                        cipher.decrypt(v.noteCipher, VISIT_NOTE.at(v.caseId, v.id)))).toList();
    }

    private List<NoteText> services(JuvenileCase c) {
        return ServiceRecord.<ServiceRecord>list("caseId = ?1 and noteCipher is not null",
                        Sort.descending("deliveredOn").and("id", Sort.Direction.Descending), c.id).stream()
                .map(s -> new NoteText(s.id, cipher.decrypt(s.noteCipher, SERVICE_NOTE.at(s.caseId, s.id)))).toList();
    }

    private List<NoteText> riskAssessments(JuvenileCase c) {
        return RiskAssessment.<RiskAssessment>list("caseId = ?1 and noteCipher is not null",
                        Sort.descending("assessedAt").and("id", Sort.Direction.Descending), c.id).stream()
                .map(a -> new NoteText(a.id, cipher.decrypt(a.noteCipher, RISK_NOTE.at(a.caseId, a.id)))).toList();
    }

    private List<GoalText> goals(JuvenileCase c) {
        return CasePlanGoal.<CasePlanGoal>list("caseId", Sort.by("position"), c.id).stream()
                .map(g -> new GoalText(g.position, cipher.decrypt(g.titleCipher, GOAL_TITLE.at(g.caseId, g.id)))).toList();
    }

    /**
     * As {@code IdentityReveals.refused}: audits the refusal if the case exists (the caller of a case outside their
     * scope still gets the 404 of a missing one), and once the caller has spent its budget of audited refusals answers
     * 429 and writes nothing, whether the case exists or not. Every rule counts: none refuses a caller who may read
     * the text, and a reveal the caller is allowed is never throttled.
     */
    private ProblemException refused(String reference, NoteRevealPurpose purpose, Refusal refusal, String detail) {
        Optional<Duration> wait = refusals.waitForCaller();
        if (wait.isPresent()) {
            refusals.refused(refusal, false);
            return new Throttled(wait.get(), "Too many refused reveals lately.");
        }
        boolean audited = JuvenileCase.count("reference", reference) > 0;
        if (audited) {
            audit.record(AuditAction.NOTES_REVEAL_REFUSED, reference, purpose, refusal.name());
        }
        refusals.refused(refusal, audited);
        return refusal == Refusal.OUT_OF_SCOPE ? new AuditedRefusal(404, ProblemType.NOT_FOUND, detail)
                : new AuditedRefusal(403, ProblemType.ACCESS_DENIED, detail);
    }

    /** The rule that refused a note reveal: the detail of its audit row. */
    public enum Refusal {
        /** A machine client ({@link MachineClients}), whatever roles it holds: 403. */
        MACHINE_CLIENT,
        /** Admins, court officers, auditors, procurement officers and other roles: 403. */
        ROLE_NOT_ALLOWED,
        /** The case is not in the caller's scope, or is sealed: 404, as for a case that does not exist. */
        OUT_OF_SCOPE,
        /** A supervisor, of a case in their scope that their agency does not lead: 403. */
        NOT_AGENCY_CASE
    }

    /** A visit's place and note. */
    public record VisitText(long id, String place, String note) {
    }

    /** The note of a service record or a risk assessment. */
    public record NoteText(long id, String note) {
    }

    /** The title of the plan's goal at {@code position} (from 0, in the plan's order). */
    public record GoalText(int position, String title) {
    }

    /** What a note reveal gives: the parts asked for, the others null. */
    public record Revealed(String reference, NoteRevealPurpose purpose, List<NotePart> parts, List<VisitText> visits,
                           List<NoteText> services, List<NoteText> riskAssessments, List<GoalText> goals,
                           Instant revealedAt) {
    }
}
