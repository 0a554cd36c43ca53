package org.youthjustice.worker.messaging.out;

import java.time.LocalDate;

/**
 * Data of {@code assessor.appointed} v1 on {@code workers.v1}, keyed by worker id: a worker was appointed a
 * people's assessor at a court, so case-service may list them for the court's juvenile hearings. No personal data.
 */
public record AssessorAppointed(String workerId, String agencyCode, long appointmentId, String courtCode,
                                LocalDate appointedOn, LocalDate termEndsOn) {

    public static final String TYPE = "assessor.appointed";
    public static final int VERSION = 1;
}
