package org.youthjustice.worker.messaging.out;

import java.time.Instant;

/**
 * Data of {@code worker.status-changed} v1 on {@code workers.v1}, keyed by worker id. The free-text reason stays
 * in worker-service: it may mention a person.
 */
public record WorkerStatusChanged(String workerId, String agencyCode, String fromStatus, String toStatus,
                                  Instant changedAt) {

    public static final String TYPE = "worker.status-changed";
    public static final int VERSION = 1;
}
