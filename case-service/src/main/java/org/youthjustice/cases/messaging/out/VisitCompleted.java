package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/**
 * Data of {@code visit.completed} v1 on {@code cases.v1}, keyed by case reference: the lead worker recorded a visit,
 * scheduled or not. Place and note stay in the service.
 */
public record VisitCompleted(String reference, String officeCode, long visitId, String kind, Instant completedAt,
                             String workerId) {

    public static final String TYPE = "visit.completed";
    public static final int VERSION = 1;
}
