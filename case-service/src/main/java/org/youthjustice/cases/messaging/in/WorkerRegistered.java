package org.youthjustice.cases.messaging.in;

/** The fields case-service reads of worker-service's {@code worker.registered} v1 on {@code workers.v1}. */
public record WorkerRegistered(String workerId, String agencyCode, String status) {

    public static final String TYPE = "worker.registered";
}
