package org.youthjustice.procurement.messaging.in;

import java.time.Instant;

/** The fields procurement-service reads of case-service's {@code case.status-changed} v1 on {@code cases.v1}. */
public record CaseStatusChanged(String reference, String officeCode, String toStatus, Instant changedAt) {

    public static final String TYPE = "case.status-changed";
}
