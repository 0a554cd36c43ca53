package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A service delivered to the juvenile by the lead worker; the note is an AES-GCM token (it may name people). */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends PanacheEntityBase {

    /** Given before the insert ({@link RowIds}): the row's tokens are bound to it. */
    @Id
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public ServiceKind kind;

    public int minutes;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Column(name = "worker_id")
    public String workerId;

    /** The agency the worker delivered it for: the contract it counts towards. */
    @Column(name = "agency_id")
    public String agencyId;

    @Column(name = "note_cipher")
    public String noteCipher;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
