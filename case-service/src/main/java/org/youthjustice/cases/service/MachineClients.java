package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.ProblemType;

/**
 * Tells a partner system's machine client from a person. A machine client never reveals an identity, seals a case or
 * reads a sealed one, whatever roles it holds (DESIGN §5): no person stands behind its request to answer for the
 * purpose it states, and a leaked client secret must not open what sealing and masking protect. platform-caller's
 * {@link Caller} has no such test, so case-service makes it here.
 */
@ApplicationScoped
public class MachineClients {

    /** The detail of the audit row of an act refused to a machine client. */
    public static final String REFUSAL = "MACHINE_CLIENT";

    /** Keycloak names the user of a client's service account {@code service-account-<client id>}. */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /**
     * Whether the caller is a machine client: its token has the {@code partner-system} role, or is a service account's
     * (client credentials), which carries either no {@code preferred_username} or the service account's. Every realm
     * client that people log in with maps {@code preferred_username} (scope {@code profile}), so a token without one
     * is no person's.
     */
    public boolean isCalling() {
        return caller.hasRole(Roles.PARTNER_SYSTEM)
                || caller.username().map(name -> name.startsWith(SERVICE_ACCOUNT_PREFIX)).orElse(true);
    }

    /**
     * Lets a person through; refuses a machine client with 403 before anything is read, whatever the case and roles,
     * so that the answer tells nothing about the case. The attempt on a case that exists, in the caller's scope or
     * not, writes a {@code refusal} row with detail {@link #REFUSAL}, as refused reveals do, in the caller's
     * transaction, which must not roll back for an {@link AuditedRefusal} (nor does this method's interceptor mark it
     * for rollback as the refusal passes).
     *
     * @param act what a machine client may not do, completing "A machine client ..."
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = AuditedRefusal.class)
    public void requirePerson(AuditAction refusal, String reference, Enum<?> purpose, String act) {
        if (!isCalling()) {
            return;
        }
        if (JuvenileCase.count("reference", reference) > 0) {
            audit.record(refusal, reference, purpose, REFUSAL);
        }
        throw new AuditedRefusal(403, ProblemType.ACCESS_DENIED, "A machine client (a partner system's service "
                + "account) " + act + ", whatever roles it holds.");
    }
}
