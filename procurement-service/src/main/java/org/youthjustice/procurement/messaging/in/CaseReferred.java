package org.youthjustice.procurement.messaging.in;

import java.time.Instant;

/**
 * The fields procurement-service reads of case-service's {@code case.referred} v2 on {@code cases.v1}: where the
 * case is supervised and referred from, and its first status. Nothing about the juvenile.
 */
public record CaseReferred(String reference, String officeCode, String courtCode, String status,
                           Instant referredAt) {

    public static final String TYPE = "case.referred";
}
