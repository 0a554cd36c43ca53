package org.youthjustice.worker.messaging.in;

import java.time.Instant;

/**
 * The fields worker-service reads of case-service's {@code case.unassigned} v1 on {@code cases.v1}: the case has no
 * lead worker any more.
 */
public record CaseUnassigned(String reference, String workerId, Instant unassignedAt) {

    public static final String TYPE = "case.unassigned";
}
