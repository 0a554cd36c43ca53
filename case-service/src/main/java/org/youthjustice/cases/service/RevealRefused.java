package org.youthjustice.cases.service;

import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

/**
 * A refused identity reveal, answered as any problem (403, or 404 for a case outside the caller's scope). Its own type
 * so that the reveal's transaction does not roll back for it: the refusal's audit row, written just before it is
 * thrown, is kept ({@link IdentityReveals}).
 */
public class RevealRefused extends ProblemException {

    RevealRefused(int status, ProblemType type, String detail) {
        super(status, type, detail, null);
    }
}
