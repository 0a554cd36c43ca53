package org.youthjustice.cases.messaging.in;

import java.time.Instant;

/** The fields case-service reads of worker-service's {@code worker.status-changed} v1 on {@code workers.v1}. */
public record WorkerStatusChanged(String workerId, String agencyCode, String toStatus, Instant changedAt) {

    public static final String TYPE = "worker.status-changed";
}
