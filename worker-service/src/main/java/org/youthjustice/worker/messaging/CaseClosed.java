package org.youthjustice.worker.messaging;

import java.time.Instant;

/** The fields read of {@code case.closed} v1 on {@code cases.v1}: a closed case leaves its worker's caseload. */
public record CaseClosed(String reference, Instant closedAt) {

    public static final String TYPE = "case.closed";
}
