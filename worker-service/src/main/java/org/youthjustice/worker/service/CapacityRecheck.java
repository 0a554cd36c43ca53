package org.youthjustice.worker.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.worker.domain.Posting;

import java.time.LocalDate;
import java.util.List;

/**
 * Compares capacity again for the workers whose capacity the calendar changed: a posting that starts today, or
 * that ended yesterday. Posting and ending through the API compare at once; this catches the days in between.
 * Safe with several replicas and however often it runs: {@link CapacityWatch} announces only a change of state.
 */
@ApplicationScoped
public class CapacityRecheck {

    @Inject
    CapacityWatch watch;

    @Inject
    CaseloadFigures figures;

    @Scheduled(identity = "capacity-recheck", every = "${yjs.caseload.recheck-every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void recheck() {
        LocalDate today = figures.today();
        // sorted, so that the state rows are locked in the same order as everywhere else
        List<String> workerIds = Posting.getEntityManager().createQuery("select distinct p.workerId from Posting p"
                        + " where p.startsOn = :today or p.endsOn = :yesterday order by p.workerId", String.class)
                .setParameter("today", today).setParameter("yesterday", today.minusDays(1)).getResultList();
        workerIds.forEach(watch::check);
    }
}
