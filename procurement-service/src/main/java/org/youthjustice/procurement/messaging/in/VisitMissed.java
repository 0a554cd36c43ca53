package org.youthjustice.procurement.messaging.in;

import java.time.LocalDate;

/** The fields procurement-service reads of case-service's {@code visit.missed} v1 on {@code cases.v1}. */
public record VisitMissed(Long visitId, String officeCode, LocalDate dueOn) {

    public static final String TYPE = "visit.missed";
}
