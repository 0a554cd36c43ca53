package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.SealedReadPurpose;
import org.youthjustice.cases.messaging.out.CaseEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;

/**
 * Sealing closed cases, and reading sealed ones for a stated purpose. Which callers see a sealed case is decided in
 * {@link CaseScope}; this class only asks for the sealed cases too where a legal basis is claimed. Machine clients do
 * neither, whatever roles they hold ({@link MachineClients}); their attempts are audited, and the refusal's row kept.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = AuditedRefusal.class)
public class CaseSealing {

    @Inject
    Caller caller;

    @Inject
    CaseScope scope;

    @Inject
    CaseEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    MachineClients machines;

    @Inject
    Clock clock;

    /** Seals a closed case of the caller's scope; publishes {@code case.sealed} and audits it. */
    public JuvenileCase seal(String reference, String reason) {
        machines.requirePerson(AuditAction.CASE_SEAL_REFUSED, reference, null, "seals no case");
        JuvenileCase c = findIncludingSealed(reference);
        JuvenileCase.getEntityManager().lock(c, LockModeType.PESSIMISTIC_WRITE);
        JuvenileCase.getEntityManager().refresh(c);
        if (c.sealedAt != null) {
            throw ProblemException.conflict("Case " + reference + " is sealed already.");
        }
        if (c.status != CaseStatus.CLOSED) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + ": only a closed case is "
                    + "sealed.").with("caseStatus", c.status.name());
        }
        Instant now = Instant.now(clock);
        c.sealedAt = now;
        c.sealedBy = caller.subject();
        c.sealReason = reason.strip();
        c.touch(caller.subject(), now);
        JuvenileCase.flush();
        events.sealed(c);
        audit.record(AuditAction.CASE_SEALED, c.reference, null);
        return c;
    }

    /**
     * The case, sealed or not, for a caller who states a purpose. A sealed case is found only by a caller with a
     * legal basis, and that read is audited; for anyone else this is the ordinary read. A machine client stating a
     * purpose is refused whether the case is sealed or not, so that the refusal does not tell it which cases are.
     */
    public JuvenileCase read(String reference, SealedReadPurpose purpose) {
        machines.requirePerson(AuditAction.SEALED_CASE_READ_REFUSED, reference, purpose, "reads no sealed case");
        JuvenileCase c = findIncludingSealed(reference);
        if (c.sealedAt != null) {
            audit.record(AuditAction.SEALED_CASE_READ, c.reference, purpose);
        }
        return c;
    }

    private JuvenileCase findIncludingSealed(String reference) {
        StringBuilder query = new StringBuilder("from JuvenileCase c where c.reference = :reference");
        Parameters parameters = Parameters.with("reference", reference);
        scope.restrict(query, parameters, true);
        return JuvenileCase.<JuvenileCase>find(query.toString(), parameters).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No case " + reference + "."));
    }
}
