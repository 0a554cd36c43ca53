package org.youthjustice.cases.service;

import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

/**
 * A refusal whose audit row is kept: answered as any problem (403, or 404 for a case outside the caller's scope), but
 * its own type so that the transaction it is thrown from does not roll back for it, and the row written just before it
 * is thrown stays ({@link IdentityReveals}, {@link MachineClients}).
 */
public class AuditedRefusal extends ProblemException {

    AuditedRefusal(int status, ProblemType type, String detail) {
        super(status, type, detail, null);
    }
}
