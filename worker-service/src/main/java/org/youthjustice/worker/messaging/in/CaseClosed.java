package org.youthjustice.worker.messaging.in;

import java.time.Instant;

/**
 * The fields worker-service reads of case-service's {@code case.closed} v1 on {@code cases.v1}: a closed case leaves
 * its worker's caseload.
 */
public record CaseClosed(String reference, Instant closedAt) {

    public static final String TYPE = "case.closed";
}
