package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Whether the worker was last announced over capacity, so that each crossing is announced once. */
@Entity
@Table(name = "capacity_state")
public class CapacityState extends PanacheEntityBase {

    @Id
    @Column(name = "worker_id")
    public String workerId;

    public boolean exceeded;

    @Column(name = "changed_at")
    public Instant changedAt;
}
