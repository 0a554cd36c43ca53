package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A worker's appointment as a people's assessor (人民陪审员) at a court, as worker-service announced it
 * ({@code assessor.appointed}): the court and the term, first and last day inclusive.
 */
@Entity
@Table(name = "assessor_appointment")
public class AssessorAppointment extends PanacheEntityBase {

    @Id
    @Column(name = "appointment_id")
    public Long appointmentId;

    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;
}
