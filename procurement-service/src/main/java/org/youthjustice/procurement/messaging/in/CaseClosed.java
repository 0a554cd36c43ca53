package org.youthjustice.procurement.messaging.in;

import java.time.Instant;

/** The fields procurement-service reads of case-service's {@code case.closed} v1 on {@code cases.v1}. */
public record CaseClosed(String reference, String officeCode, Instant closedAt) {

    public static final String TYPE = "case.closed";
}
