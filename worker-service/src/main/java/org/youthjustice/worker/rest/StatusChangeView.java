package org.youthjustice.worker.rest;

import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.domain.WorkerStatusChange;

import java.time.Instant;

public record StatusChangeView(WorkerStatus from, WorkerStatus to, String reason, Instant changedAt,
                               String changedBy) {

    static StatusChangeView of(WorkerStatusChange change) {
        return new StatusChangeView(change.fromStatus, change.toStatus, change.reason, change.changedAt,
                change.changedBy);
    }
}
