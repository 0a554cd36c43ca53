package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A worker's appointment as a people's assessor (人民陪审员) at a court, for a term (five years by law), so that
 * they sit in the court's juvenile hearings.
 */
@Entity
@Table(name = "assessor_appointment")
public class AssessorAppointment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "appointed_on")
    public LocalDate appointedOn;

    /** The last day of the term. */
    @Column(name = "term_ends_on")
    public LocalDate termEndsOn;

    @Enumerated(EnumType.STRING)
    public AssessorStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The status as of {@code day}: an active appointment past its term has expired. */
    public AssessorStatus statusOn(LocalDate day) {
        return status == AssessorStatus.ACTIVE && day.isAfter(termEndsOn) ? AssessorStatus.EXPIRED : status;
    }
}
