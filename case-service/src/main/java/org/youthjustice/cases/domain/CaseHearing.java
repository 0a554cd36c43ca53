package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A court hearing of a juvenile case, with its lay assessors (人民陪审员) by worker id. */
@Entity
@Table(name = "case_hearing")
public class CaseHearing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_hearing_assessor", joinColumns = @JoinColumn(name = "hearing_id"))
    @Column(name = "worker_id")
    public Set<String> assessorWorkerIds = new TreeSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
