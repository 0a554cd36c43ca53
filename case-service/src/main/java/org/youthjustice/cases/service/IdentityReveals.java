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
import java.time.Instant;

/**
 * Gives a juvenile's identity in clear to the callers with a need for it (DESIGN §5), for a stated purpose, and
 * audits each reveal in the same transaction: no reveal without its audit row.
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
    Clock clock;

    /**
     * A judicial officer of the supervising office gets the whole identity; the case's lead social worker gets the
     * contact details (name, phone, address, guardians) for a contact purpose while the case is open. Anyone else is refused; a case
     * outside the caller's scope is not found.
     */
    public Revealed reveal(String reference, RevealPurpose purpose) {
        JuvenileCase c = cases.find(reference);
        Extent extent;
        if (caller.hasRole(Roles.JUDICIAL_OFFICER) && c.officeCode.equals(caller.officeCode().orElse(null))) {
            extent = Extent.FULL;
        } else if (caller.hasRole(Roles.SOCIAL_WORKER) && c.assignedWorkerId != null
                && c.assignedWorkerId.equals(caller.workerId().orElse(null))) {
            if (c.status == CaseStatus.CLOSED) {
                // the lead worker's time on the case ended with it: they have no one left to reach
                throw new ProblemException(403, ProblemType.ACCESS_DENIED, "Case " + reference + " is closed: its "
                        + "lead social worker is no longer given the contact details.", null);
            }
            if (!purpose.isContact()) {
                throw new ProblemException(403, ProblemType.ACCESS_DENIED, "A lead social worker is given contact "
                        + "details for HOME_VISIT_CONTACT or GUARDIAN_CONTACT only.", null);
            }
            extent = Extent.CONTACT;
        } else {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED, "Only a judicial officer of the supervising "
                    + "office or the case's lead social worker is given the identity.", null);
        }
        CaseIdentity.Clear clear = identity.clear(c);
        if (extent == Extent.CONTACT) {
            clear = new CaseIdentity.Clear(clear.name(), null, null, clear.phone(), clear.address(), clear.guardians());
        }
        audit.record(AuditAction.IDENTITY_REVEALED, c.reference, purpose, extent.name());
        return new Revealed(c.reference, purpose, extent, clear, Instant.now(clock));
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
