package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/**
 * Data of {@code case.closed} v1 on {@code cases.v1}, keyed by case reference; published beside the
 * {@code case.status-changed} of the same transition, for consumers that care about closures only.
 */
public record CaseClosed(String reference, String officeCode, String fromStatus, String closureReason,
                         Instant closedAt) {

    public static final String TYPE = "case.closed";
    public static final int VERSION = 1;
}
