package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/**
 * Data of {@code case.reassignment-needed} v1 on {@code cases.v1}, keyed by case reference: the lead worker left or
 * was suspended, so the case needs another.
 */
public record CaseReassignmentNeeded(String reference, String officeCode, String workerId, String workerStatus,
                                     Instant flaggedAt) {

    public static final String TYPE = "case.reassignment-needed";
    public static final int VERSION = 1;
}
