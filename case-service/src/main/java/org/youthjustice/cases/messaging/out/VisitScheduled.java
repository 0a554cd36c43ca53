package org.youthjustice.cases.messaging.out;

import java.time.LocalDate;

/**
 * Data of {@code visit.scheduled} v1 on {@code cases.v1}, keyed by case reference: the next visit of an active case
 * is due by {@code dueOn} (a day in Asia/Shanghai). It replaces any visit scheduled before it for the case. Published
 * again for the same visit, with the same due day, when the open visit follows a change of the lead worker
 * ({@code workerId} the new lead, or null once the lead was removed).
 */
public record VisitScheduled(String reference, String officeCode, long visitId, LocalDate dueOn, String workerId) {

    public static final String TYPE = "visit.scheduled";
    public static final int VERSION = 1;
}
