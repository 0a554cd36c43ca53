package org.youthjustice.cases.messaging.in;

import java.time.LocalDate;

/**
 * The fields case-service reads of worker-service's {@code worker.posting-ended} v1 on {@code workers.v1}: the
 * posting got its last day.
 */
public record WorkerPostingEnded(long postingId, LocalDate endsOn) {

    public static final String TYPE = "worker.posting-ended";
}
