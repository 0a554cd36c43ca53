package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RevealPurpose;
import org.youthjustice.cases.service.RefusedReveals.Refusal;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Instant;

/**
 * Gives a juvenile's identity in clear to the callers with a need for it (DESIGN §5), for a stated purpose, and
 * audits each reveal in the same transaction: no reveal without its audit row. Refusals are audited too, each in a
 * transaction of its own that the refusal does not roll back.
 */
@ApplicationScoped
@Transactional
public class IdentityReveals {

    @Inject
    Caller caller;

    @Inject
    CaseService cases;

    @Inject
    CaseIdentity identity;

    @Inject
    AuditTrail audit;

    @Inject
    RefusedReveals refusals;

    @Inject
    Clock clock;

    /**
     * A judicial officer of the supervising office gets the whole identity; the case's lead social worker gets the
     * contact details (name, phone, address, guardians) for a contact purpose while the case is open. Anyone else is
     * refused (403); a case outside the caller's scope is not found (404). Each refusal of an existing case is audited
     * ({@link RefusedReveals}).
     */
    public Revealed reveal(String reference, RevealPurpose purpose) {
        if (!caller.hasAnyRole(Roles.JUDICIAL_OFFICER, Roles.SOCIAL_WORKER)) {
            throw refused(reference, purpose, Refusal.ROLE_NOT_ALLOWED, "Only a judicial officer of the supervising "
                    + "office or the case's lead social worker is given the identity.");
        }
        JuvenileCase c = visible(reference, purpose);
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

    /** The case in the caller's scope; one outside it answers 404 as a missing one does, its attempt audited. */
    private JuvenileCase visible(String reference, RevealPurpose purpose) {
        try {
            return cases.find(reference);
        } catch (ProblemException notFound) {
            refusals.record(reference, purpose, Refusal.OUT_OF_SCOPE);
            throw notFound;
        }
    }

    private ProblemException refused(String reference, RevealPurpose purpose, Refusal refusal, String detail) {
        refusals.record(reference, purpose, refusal);
        return new ProblemException(403, ProblemType.ACCESS_DENIED, detail, null);
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
