package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;

/** A worker's status as worker-service last announced it ({@code worker.registered}, {@code worker.status-changed}). */
@Entity
@Table(name = "worker_status")
public class WorkerStatus extends PanacheEntityBase {

    /** The statuses in which a worker cannot lead a case. */
    public static final Set<String> UNAVAILABLE = Set.of("SUSPENDED", "LEFT");

    @Id
    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "agency_id")
    public String agencyId;

    public String status;

    @Column(name = "changed_at")
    public Instant changedAt;

    public boolean unavailable() {
        return UNAVAILABLE.contains(status);
    }
}
