package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A case carried by its lead worker, as case-service's events tell it: only the pseudonymous reference and what
 * capacity and allocation need, never anything about the juvenile.
 */
@Entity
@Table(name = "caseload_case")
public class CaseloadCase extends PanacheEntityBase {

    @Id
    @Column(name = "case_reference")
    public String caseReference;

    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "office_code")
    public String officeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType caseType;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
