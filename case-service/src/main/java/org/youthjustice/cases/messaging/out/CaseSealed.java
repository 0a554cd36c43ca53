package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/**
 * Data of {@code case.sealed} v1 on {@code cases.v1}, keyed by case reference: a closed case was sealed. Consumers
 * drop what they hold of it from their lists; the reason for sealing is not published.
 */
public record CaseSealed(String reference, String officeCode, Instant sealedAt) {

    public static final String TYPE = "case.sealed";
    public static final int VERSION = 1;
}
