package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RevealPurpose;

/**
 * The audit rows of refused identity reveals. A refusal is an exception that rolls the reveal's transaction back, and
 * a row written in it with it, so each row is written in a transaction of its own, committed before the refusal
 * reaches the caller: an auditor sees who tried to see whose identity, for what, and which rule said no.
 */
@ApplicationScoped
public class RefusedReveals {

    @Inject
    AuditTrail audit;

    /**
     * Records that the caller was refused the identity of case {@code reference} for {@code purpose}, if that case
     * exists, whether or not the caller may see it (a worker trying cases that are not theirs is what an auditor
     * looks for; the caller is answered 404 all the same). A reference that names no case writes nothing: there is
     * no one's identity at stake, and the trail is not a log of mistyped references.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String reference, RevealPurpose purpose, Refusal refusal) {
        if (JuvenileCase.count("reference", reference) > 0) {
            audit.record(AuditAction.IDENTITY_REVEAL_REFUSED, reference, purpose, refusal.name());
        }
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
        CASE_CLOSED
    }
}
