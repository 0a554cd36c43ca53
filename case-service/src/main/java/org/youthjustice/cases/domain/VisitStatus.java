package org.youthjustice.cases.domain;

/**
 * SCHEDULED until done (COMPLETED), past its due day without being done (MISSED), or replaced by a new schedule
 * (CANCELLED). A visit recorded from the field without a schedule is COMPLETED from the start.
 */
public enum VisitStatus {
    SCHEDULED, COMPLETED, MISSED, CANCELLED
}
