package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** One risk assessment of a case, kept for good; the note is an AES-GCM token (it may name people). */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment extends PanacheEntityBase {

    /** Given before the insert ({@link RowIds}): the row's tokens are bound to it. */
    @Id
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public RiskLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_level")
    public RiskLevel previousLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_assessment_factor", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "factor")
    @Enumerated(EnumType.STRING)
    public Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);

    @Column(name = "note_cipher")
    public String noteCipher;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    @Column(name = "assessed_by")
    public String assessedBy;

    /** The assessor's worker id when a social worker assessed, null for an officer or admin. */
    @Column(name = "assessor_worker_id")
    public String assessorWorkerId;
}
