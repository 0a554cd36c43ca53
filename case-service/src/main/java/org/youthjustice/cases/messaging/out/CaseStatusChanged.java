package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/**
 * Data of {@code case.status-changed} v1 on {@code cases.v1}, keyed by case reference. The reason stays in
 * case-service: free text may name a person.
 */
public record CaseStatusChanged(String reference, String officeCode, String fromStatus, String toStatus,
                                Instant changedAt) {

    public static final String TYPE = "case.status-changed";
    public static final int VERSION = 1;
}
