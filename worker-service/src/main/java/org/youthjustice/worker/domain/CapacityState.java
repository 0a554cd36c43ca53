package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Whether the worker was last announced over capacity, so that each crossing is announced once; and the worker's
 * figures at their last change, kept by {@code CapacityWatch}, which order the caseload list and choose allocation
 * candidates without counting every worker's cases (answers show the figures counted at the time).
 */
@Entity
@Table(name = "capacity_state")
public class CapacityState extends PanacheEntityBase {

    @Id
    @Column(name = "worker_id")
    public String workerId;

    public boolean exceeded;

    @Column(name = "changed_at")
    public Instant changedAt;

    public int cases;

    @Column(name = "weighted_load")
    public BigDecimal weightedLoad;

    public BigDecimal capacity;

    /** {@link WorkerFigures#utilisationForSorting()}: load / capacity, infinity for a load without capacity. */
    public double utilisation;

    /** Keeps these figures. */
    public void keep(WorkerFigures figures) {
        cases = figures.cases();
        weightedLoad = figures.weightedLoad();
        capacity = figures.capacity();
        utilisation = figures.utilisationForSorting();
    }
}
