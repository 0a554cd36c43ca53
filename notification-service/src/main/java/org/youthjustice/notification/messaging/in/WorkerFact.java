package org.youthjustice.notification.messaging.in;

/**
 * The fields notification-service reads of worker-service's worker events on {@code workers.v1}
 * ({@code worker.registered}, {@code worker.status-changed}, {@code worker.capacity-exceeded},
 * {@code worker.qualification-expiring}): the worker id and its agency, named {@code agencyCode} in most types and
 * {@code agencyId} in {@code worker.capacity-exceeded}; other fields are ignored.
 */
public record WorkerFact(String workerId, String agencyCode, String agencyId, String status, String toStatus,
        String expiresOn) {

    public static final String REGISTERED = "worker.registered";
    public static final String STATUS_CHANGED = "worker.status-changed";
    public static final String CAPACITY_EXCEEDED = "worker.capacity-exceeded";
    public static final String QUALIFICATION_EXPIRING = "worker.qualification-expiring";

    /** The worker's agency, whichever name the type gives it. */
    public String agency() {
        return agencyCode != null ? agencyCode : agencyId;
    }

    /** The status the fact tells, if any. */
    public String currentStatus() {
        return toStatus != null ? toStatus : status;
    }
}
