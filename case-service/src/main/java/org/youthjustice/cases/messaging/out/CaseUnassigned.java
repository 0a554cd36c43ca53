package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/** Data of {@code case.unassigned} v1 on {@code cases.v1}, keyed by case reference: a case has no lead worker any more. */
public record CaseUnassigned(String reference, String officeCode, String workerId, String agencyId, String reason,
                             Instant unassignedAt) {

    public static final String TYPE = "case.unassigned";
    public static final int VERSION = 1;
}
