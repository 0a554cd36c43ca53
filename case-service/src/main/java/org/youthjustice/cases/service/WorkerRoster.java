package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.youthjustice.cases.domain.WorkerPosting;
import org.youthjustice.cases.domain.WorkerStatus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What case-service knows of worker-service's workers, kept from the {@code workers.v1} events: eventually
 * consistent, so a posting made a moment ago may not be known yet.
 */
@ApplicationScoped
public class WorkerRoster {

    /** A posting of {@code workerId} at {@code siteCode} covering {@code day}. */
    public Optional<WorkerPosting> postingAt(String workerId, String siteCode, LocalDate day) {
        return WorkerPosting.<WorkerPosting>list("workerId = ?1 and siteCode = ?2", workerId, siteCode).stream()
                .filter(posting -> posting.covers(day)).findFirst();
    }

    public Optional<WorkerStatus> status(String workerId) {
        return WorkerStatus.findByIdOptional(workerId);
    }
}
