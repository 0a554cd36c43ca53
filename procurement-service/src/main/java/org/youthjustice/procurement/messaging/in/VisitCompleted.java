package org.youthjustice.procurement.messaging.in;

import java.time.Instant;

/** The fields procurement-service reads of case-service's {@code visit.completed} v1 on {@code cases.v1}. */
public record VisitCompleted(Long visitId, String officeCode, Instant completedAt) {

    public static final String TYPE = "visit.completed";
}
