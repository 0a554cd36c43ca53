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
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One row of the audit trail. Written once and never changed: Hibernate treats it as immutable, and the database
 * refuses updates and deletes of it (V6).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Column(name = "case_reference")
    public String caseReference;

    /** The stated purpose of a reveal or a sealed read: an enum name, never free text. */
    public String purpose;

    /** What changed, in references and enum values only (e.g. {@code ACTIVE→CLOSED}, a worker id). */
    public String detail;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_username")
    public String actorUsername;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "correlation_id")
    public String correlationId;
}
