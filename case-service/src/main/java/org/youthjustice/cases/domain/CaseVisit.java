package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A visit of the lead worker to the juvenile: scheduled from the risk level, or recorded from the field. Place and
 * note are AES-GCM tokens (free text that may name people or addresses).
 */
@Entity
@Table(name = "case_visit")
public class CaseVisit extends PanacheEntityBase {

    /** Given before the insert ({@link RowIds}): the row's tokens are bound to it. */
    @Id
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public VisitStatus status;

    /** The day (Asia/Shanghai) by which a scheduled visit is due; null for a visit recorded without a schedule. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    /**
     * Who is to make a scheduled visit (the lead worker: it follows a change of lead while it is open), who made a
     * completed one, who led the case when a missed one was found.
     */
    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "visited_at")
    public Instant visitedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind")
    public PlaceKind placeKind;

    @Column(name = "place_cipher")
    public String placeCipher;

    @Column(name = "note_cipher")
    public String noteCipher;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** When it stopped being scheduled: completed, missed or cancelled. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;

    /** The open scheduled visit of a case, if any. */
    public static Optional<CaseVisit> scheduled(Long caseId) {
        return find("caseId = ?1 and status = ?2", caseId, VisitStatus.SCHEDULED).firstResultOptional();
    }
}
