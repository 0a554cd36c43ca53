package org.youthjustice.cases.rest;

import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseTransition;
import org.youthjustice.cases.domain.ClosureReason;

import java.time.Instant;

/** One entry of a case's history. */
public record TransitionView(CaseStatus from, CaseStatus to, String reason, ClosureReason closureReason,
                             Instant changedAt, String changedBy) {

    static TransitionView of(CaseTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.reason, t.closureReason, t.changedAt, t.changedBy);
    }
}
