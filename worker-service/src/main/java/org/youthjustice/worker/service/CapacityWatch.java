package org.youthjustice.worker.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.worker.domain.CapacityState;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerCaseload;
import org.youthjustice.worker.messaging.out.WorkerEvents;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps each worker's caseload figures in their {@link CapacityState} and announces a worker crossing their
 * capacity: {@code worker.capacity-exceeded} once when the load goes over it, {@code worker.capacity-restored} once
 * when it comes back to it or under. Runs in the transaction of the change (a case event, a posting), so the
 * announcement and the change commit together.
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
        Worker worker = Worker.findById(workerId);
        if (worker == null) {
            return;
        }
        Instant now = Instant.now(clock);
        // The row is locked so that two changes of one worker's caseload (events of different cases, a posting)
        // compare and announce one after the other.
        entityManager.createNativeQuery("insert into capacity_state (worker_id, exceeded, changed_at)"
                        + " values (?1, false, ?2) on conflict (worker_id) do nothing")
                .setParameter(1, workerId).setParameter(2, now).executeUpdate();
        CapacityState state = entityManager.find(CapacityState.class, workerId, LockModeType.PESSIMISTIC_WRITE);
        WorkerCaseload caseload = figures.of(worker);
        // the figures that order the caseload list and choose allocation candidates follow every change
        state.keep(caseload);
        if (caseload.exceeded() != state.exceeded) {
            state.exceeded = caseload.exceeded();
            state.changedAt = now;
            events.capacityChanged(caseload, now);
        }
    }
}
