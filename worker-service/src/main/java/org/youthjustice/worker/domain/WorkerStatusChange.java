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

/** One change of a worker's status, kept for good: who changed it, when and why. */
@Entity
@Table(name = "worker_status_change")
public class WorkerStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "worker_id")
    public String workerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public WorkerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public WorkerStatus toStatus;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    public static WorkerStatusChange of(String workerId, WorkerStatus from, WorkerStatus to, String reason,
                                        String by, Instant at) {
        WorkerStatusChange change = new WorkerStatusChange();
        change.workerId = workerId;
        change.fromStatus = from;
        change.toStatus = to;
        change.reason = reason;
        change.changedBy = by;
        change.changedAt = at;
        return change;
    }
}
