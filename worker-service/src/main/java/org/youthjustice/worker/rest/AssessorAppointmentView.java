package org.youthjustice.worker.rest;

import org.youthjustice.worker.domain.AssessorAppointment;
import org.youthjustice.worker.domain.AssessorStatus;

import java.time.LocalDate;

public record AssessorAppointmentView(long appointmentId, String workerId, String courtCode, LocalDate appointedOn,
                                      LocalDate termEndsOn, AssessorStatus status) {

    static AssessorAppointmentView of(AssessorAppointment appointment, LocalDate today) {
        return new AssessorAppointmentView(appointment.id, appointment.workerId, appointment.courtCode,
                appointment.appointedOn, appointment.termEndsOn, appointment.statusOn(today));
    }
}
