package org.youthjustice.notification.messaging.in;

import java.time.Instant;

/**
 * The fields notification-service reads of case-service's events on {@code cases.v1} ({@code case.referred} v2,
 * {@code case.assigned}, {@code case.unassigned}, {@code case.closed}, {@code case.reassignment-needed},
 * {@code risk.changed}, {@code subject.turned-18} v2, {@code visit.scheduled}, {@code visit.missed}, {@code visit.completed}): references and
 * codes only, each present in the types that carry it and null in the others; other fields are ignored.
 */
public record CaseFact(String reference, String officeCode, String workerId, String agencyId, String level,
        String previousLevel, Long visitId, String dueOn, Instant completedAt) {

    public static final String REFERRED = "case.referred";
    public static final String ASSIGNED = "case.assigned";
    public static final String UNASSIGNED = "case.unassigned";
    public static final String CLOSED = "case.closed";
    public static final String REASSIGNMENT_NEEDED = "case.reassignment-needed";
    public static final String RISK_CHANGED = "risk.changed";
    public static final String TURNED_18 = "subject.turned-18";
    public static final String VISIT_SCHEDULED = "visit.scheduled";
    public static final String VISIT_MISSED = "visit.missed";
    public static final String VISIT_COMPLETED = "visit.completed";
}
