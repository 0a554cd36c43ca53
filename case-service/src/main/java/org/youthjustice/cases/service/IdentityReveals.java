package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RevealPurpose;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Gives a juvenile's identity in clear to the callers with a need for it (DESIGN §5), for a stated purpose, and
 * audits each reveal in the same transaction: no reveal without its audit row. A refusal of a case that exists is
 * audited too: its row is written in the same transaction, which an {@link AuditedRefusal} does not roll back (nothing
 * else was written by then). One transaction rather than a row in a transaction of its own ({@code REQUIRES_NEW}):
 * that would hold two pooled connections per refusal, and a burst of refused attempts could then exhaust the pool.
 * Refusals of callers that could never reveal the case are bounded per caller ({@link RevealRefusals}), so that the
 * append-only trail cannot be grown without end.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = AuditedRefusal.class)
public class IdentityReveals {

    @Inject
    Caller caller;

    @Inject
    CaseScope scope;

    @Inject
    CaseIdentity identity;

    @Inject
    AuditTrail audit;

    @Inject
    MachineClients machines;

    @Inject
    RevealRefusals refusals;

    @Inject
    Clock clock;

    /**
     * A judicial officer of the supervising office gets the whole identity; the case's lead social worker gets the
     * contact details (name, phone, address, guardians) for a contact purpose while the case is open. Anyone else is
     * refused (403); a case outside the caller's scope is not found (404). A machine client is refused (403) whatever
     * roles it holds ({@link MachineClients}). Each refusal of a case that exists, in the caller's scope or not, writes
     * an {@code IDENTITY_REVEAL_REFUSED} row naming the {@link Refusal}, until the caller's budget of refusals is spent
     * (429, see {@link #refused}).
     */
    public Revealed reveal(String reference, RevealPurpose purpose) {
        if (machines.isCalling()) {
            // before anything is read, so that the answer tells nothing about the case
            throw refused(reference, purpose, Refusal.MACHINE_CLIENT, "A machine client (a partner system's service "
                    + "account) is given no identity, whatever roles it holds.");
        }
        if (!caller.hasAnyRole(Roles.JUDICIAL_OFFICER, Roles.SOCIAL_WORKER)) {
            throw refused(reference, purpose, Refusal.ROLE_NOT_ALLOWED, "Only a judicial officer of the supervising "
                    + "office or the case's lead social worker is given the identity.");
        }
        JuvenileCase c = scope.visible(reference).orElseThrow(() -> refused(reference, purpose, Refusal.OUT_OF_SCOPE,
                "No case " + reference + "."));
        Extent extent;
        if (caller.hasRole(Roles.JUDICIAL_OFFICER) && c.officeCode.equals(caller.officeCode().orElse(null))) {
            extent = Extent.FULL;
        } else if (caller.hasRole(Roles.SOCIAL_WORKER) && c.assignedWorkerId != null
                && c.assignedWorkerId.equals(caller.workerId().orElse(null))) {
            if (c.status == CaseStatus.CLOSED) {
                // the lead worker's time on the case ended with it: they have no one left to reach
                throw refused(reference, purpose, Refusal.CASE_CLOSED, "Case " + reference + " is closed: its "
                        + "lead social worker is no longer given the contact details.");
            }
            if (!purpose.isContact()) {
                throw refused(reference, purpose, Refusal.CONTACT_PURPOSES_ONLY, "A lead social worker is given "
                        + "contact details for HOME_VISIT_CONTACT or GUARDIAN_CONTACT only.");
            }
            extent = Extent.CONTACT;
        } else {
            throw refused(reference, purpose, Refusal.ROLE_NOT_ALLOWED, "Only a judicial officer of the supervising "
                    + "office or the case's lead social worker is given the identity.");
        }
        CaseIdentity.Clear clear = identity.clear(c);
        if (extent == Extent.CONTACT) {
            clear = new CaseIdentity.Clear(clear.name(), null, null, clear.phone(), clear.address(), clear.guardians());
        }
        audit.record(AuditAction.IDENTITY_REVEALED, c.reference, purpose, extent.name());
        return new Revealed(c.reference, purpose, extent, clear, Instant.now(clock));
    }

    /**
     * Audits the refusal if the case exists, whether or not the caller may see it (a worker trying cases that are not
     * theirs is what an auditor looks for; the caller gets the same 404 as for a missing case all the same). A
     * reference that names no case writes nothing: no one's identity is at stake, and the trail is no log of typos.
     * Once a caller that could never reveal the case has spent its budget of audited refusals, it is answered 429 and
     * nothing is written, whether the case exists or not (else the 429 would tell which references exist).
     */
    private ProblemException refused(String reference, RevealPurpose purpose, Refusal refusal, String detail) {
        if (refusal.bounded()) {
            Optional<Duration> wait = refusals.waitForCaller();
            if (wait.isPresent()) {
                refusals.refused(refusal, false);
                return new Throttled(wait.get(), "Too many refused identity reveals lately.");
            }
        }
        boolean audited = JuvenileCase.count("reference", reference) > 0;
        if (audited) {
            audit.record(AuditAction.IDENTITY_REVEAL_REFUSED, reference, purpose, refusal.name());
        }
        if (refusal.bounded()) {
            refusals.refused(refusal, audited);
        }
        return refusal == Refusal.OUT_OF_SCOPE ? new AuditedRefusal(404, ProblemType.NOT_FOUND, detail)
                : new AuditedRefusal(403, ProblemType.ACCESS_DENIED, detail);
    }

    /** The rule that refused a reveal: the detail of its audit row. */
    public enum Refusal {
        /** The caller's role is given no identity (admins, court officers, supervisors, auditors, others): 403. */
        ROLE_NOT_ALLOWED,
        /** The case is not in the caller's scope, or is sealed: 404, as for a case that does not exist. */
        OUT_OF_SCOPE,
        /** The lead social worker asked for a purpose that is not a contact purpose: 403. */
        CONTACT_PURPOSES_ONLY,
        /** The lead social worker of a closed case: 403. */
        CASE_CLOSED,
        /** A machine client ({@link MachineClients}), whatever roles it holds: 403. */
        MACHINE_CLIENT;

        /**
         * Whether the caller's refusals count against its budget ({@link RevealRefusals}): every rule but
         * {@link #CONTACT_PURPOSES_ONLY}, which refuses the lead worker of an open case, who may reveal with a contact
         * purpose. Nothing the caller can change makes the others reveal.
         */
        boolean bounded() {
            return this != CONTACT_PURPOSES_ONLY;
        }
    }

    /** How much of the identity a reveal gives. */
    public enum Extent {
        /** Everything: name, identity number, birth date, phone, address, guardians. */
        FULL,
        /** Name, phone, address and guardians: what reaching the juvenile needs. */
        CONTACT
    }

    /** What a reveal gives: for {@link Extent#CONTACT} the identity number and birth date are null. */
    public record Revealed(String reference, RevealPurpose purpose, Extent extent, CaseIdentity.Clear identity,
                           Instant revealedAt) {
    }
}
