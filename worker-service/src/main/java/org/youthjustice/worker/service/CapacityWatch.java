package org.youthjustice.worker.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.worker.domain.CapacityState;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerFigures;
import org.youthjustice.worker.messaging.out.WorkerEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each worker's caseload figures in their {@link CapacityState} and announces a worker crossing their
 * capacity: {@code worker.capacity-exceeded} once when the load goes over it, {@code worker.capacity-restored} once
 * when it comes back to it or under. Runs in the transaction of the change (a case event, a posting), so the
 * announcement and the change commit together.
 *
 * <p>A check costs three statements: the state row locked, the figures counted in one statement
 * ({@link CaseloadFigures#figuresOf}, which also writes the transaction's pending change of cases or postings
 * first), and the row's update. The figures are counted again rather than adjusted by the change: the kept row may
 * be out of date (a posting the calendar started or ended, other ratios or weights since V32), and the count is
 * what {@code GET /workers/{workerId}/caseload} shows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CapacityWatch {

    @Inject
    EntityManager entityManager;

    @Inject
    CaseloadFigures figures;

    @Inject
    WorkerEvents events;

    @Inject
    Clock clock;

    /**
     * Compares the worker's figures now with what was last announced. A worker who is not registered has no
     * capacity to compare with: their cases wait until the registration.
     */
    public void check(String workerId) {
        Instant now = Instant.now(clock);
        // The row is locked so that two changes of one worker's caseload (events of different cases, a posting)
        // compare and announce one after the other.
        CapacityState state = lockedState(workerId, now);
        if (state == null) {
            return;
        }
        Optional<WorkerFigures> counted = figures.figuresOf(workerId);
        if (counted.isEmpty()) {
            // a row without a registered worker (none is ever removed): nothing to compare with
            return;
        }
        WorkerFigures current = counted.get();
        // the figures that order the caseload list and choose allocation candidates follow every change
        state.keep(current);
        if (current.exceeded() != state.exceeded) {
            state.exceeded = current.exceeded();
            state.changedAt = now;
            events.capacityChanged(current, now);
        }
    }

    /**
     * The worker's state row, locked; null when the worker is not registered. Every registered worker has a row
     * (V32 gave one to each, the registration's check creates it), so a known worker's row is read and locked in one
     * statement; a missing row is created only for a registered worker. Within a transaction the row stays locked,
     * so a second check of the worker (a batch of events) locks nothing again.
     */
    private CapacityState lockedState(String workerId, Instant now) {
        CapacityState state = entityManager.find(CapacityState.class, workerId, LockModeType.PESSIMISTIC_WRITE);
        if (state != null) {
            return state;
        }
        if (Worker.findById(workerId) == null) {
            return null;
        }
        // on conflict: another transaction created it meanwhile
        entityManager.createNativeQuery("insert into capacity_state (worker_id, exceeded, changed_at)"
                        + " values (?1, false, ?2) on conflict (worker_id) do nothing")
                .setParameter(1, workerId).setParameter(2, now).executeUpdate();
        return entityManager.find(CapacityState.class, workerId, LockModeType.PESSIMISTIC_WRITE);
    }
}
