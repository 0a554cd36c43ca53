package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/**
 * Data of {@code case.assigned} v1 on {@code cases.v1}, keyed by case reference: a case got a (new) lead worker. A
 * reassignment names the previous worker and is not preceded by a {@code case.unassigned}.
 */
public record CaseAssigned(String reference, String officeCode, String caseType, String workerId, String agencyId,
                           String previousWorkerId, String riskLevel, Instant assignedAt) {

    public static final String TYPE = "case.assigned";
    public static final int VERSION = 1;
}
