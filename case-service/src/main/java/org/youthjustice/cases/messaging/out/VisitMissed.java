package org.youthjustice.cases.messaging.out;

import java.time.LocalDate;

/**
 * Data of {@code visit.missed} v1 on {@code cases.v1}, keyed by case reference: a scheduled visit was not recorded
 * by its due day. Published once per visit, whatever the number of replicas.
 */
public record VisitMissed(String reference, String officeCode, long visitId, LocalDate dueOn, String workerId,
                          LocalDate detectedOn) {

    public static final String TYPE = "visit.missed";
    public static final int VERSION = 1;
}
