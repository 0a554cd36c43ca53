package org.youthjustice.cases.domain;

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
import java.util.Optional;

/** One lead worker's time on a case, kept for good: who assigned them, when and why, and how it ended. */
@Entity
@Table(name = "case_assignment")
public class CaseAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "agency_id")
    public String agencyId;

    public String reason;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public AssignmentEnd endReason;

    /** The open assignment of a case, if it has a lead worker. */
    public static Optional<CaseAssignment> current(Long caseId) {
        return find("caseId = ?1 and endedAt is null", caseId).firstResultOptional();
    }

    public void end(AssignmentEnd why, String by, Instant at) {
        this.endReason = why;
        this.endedBy = by;
        this.endedAt = at;
    }
}
