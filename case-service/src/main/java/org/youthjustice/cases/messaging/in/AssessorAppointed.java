package org.youthjustice.cases.messaging.in;

import java.time.LocalDate;

/**
 * The fields case-service reads of worker-service's {@code assessor.appointed} v1 on {@code workers.v1}: a court
 * appointed the worker a people's assessor for the term {@code appointedOn} to {@code termEndsOn}.
 */
public record AssessorAppointed(String workerId, long appointmentId, String courtCode, LocalDate appointedOn,
                                LocalDate termEndsOn) {

    public static final String TYPE = "assessor.appointed";
}
