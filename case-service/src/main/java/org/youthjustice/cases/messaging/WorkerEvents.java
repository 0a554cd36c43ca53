package org.youthjustice.cases.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The fields this service reads of worker-service's events on {@code workers.v1} (see
 * worker-service/src/main/resources/events); other fields are ignored.
 */
public final class WorkerEvents {

    public static final String REGISTERED = "worker.registered";
    public static final String STATUS_CHANGED = "worker.status-changed";
    public static final String POSTED = "worker.posted";
    public static final String POSTING_ENDED = "worker.posting-ended";
    public static final String ASSESSOR_APPOINTED = "assessor.appointed";

    private WorkerEvents() {
    }

    public record Registered(String workerId, String agencyCode, String status) {
    }

    public record StatusChanged(String workerId, String agencyCode, String toStatus, Instant changedAt) {
    }

    public record Posted(String workerId, String agencyCode, long postingId, String siteCode, LocalDate from,
                         LocalDate to) {
    }

    public record PostingEnded(long postingId, LocalDate endsOn) {
    }

    /** A court appointed the worker a people's assessor for the term {@code appointedOn} to {@code termEndsOn}. */
    public record AssessorAppointed(String workerId, long appointmentId, String courtCode, LocalDate appointedOn,
                                    LocalDate termEndsOn) {
    }
}
