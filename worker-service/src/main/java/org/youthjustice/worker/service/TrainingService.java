package org.youthjustice.worker.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.worker.domain.Training;
import org.youthjustice.worker.domain.Worker;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Training records of workers and their yearly totals. */
@ApplicationScoped
@Transactional
public class TrainingService {

    @Inject
    Caller caller;

    @Inject
    WorkerService workers;

    @Inject
    WorkerScope scope;

    @Inject
    Clock clock;

    public Training record(String workerId, String topic, String provider, String trainingBase, BigDecimal hours,
                           LocalDate heldOn) {
        if (heldOn.isAfter(scope.today())) {
            throw ProblemException.badRequest("Training is recorded once it took place.",
                    List.of(new FieldError("heldOn", "future", "must not be after today")));
        }
        Worker worker = workers.lockedInScope(workerId);
        if (!scope.manages(worker.agencyCode)) {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED,
                    "Only the worker's agency or an admin records training.", null);
        }
        if (Training.count("workerId = ?1 and heldOn = ?2 and topic = ?3", workerId, heldOn, topic.strip()) > 0) {
            throw ProblemException.conflict("This training of worker " + workerId + " on " + heldOn
                    + " is already recorded.");
        }
        Training training = new Training();
        training.workerId = workerId;
        training.topic = topic.strip();
        training.provider = provider.strip();
        training.trainingBase = trainingBase == null ? null : trainingBase.strip();
        training.hours = hours;
        training.heldOn = heldOn;
        training.recordedAt = Instant.now(clock);
        training.recordedBy = caller.subject();
        training.persist();
        return training;
    }

    /** One training of a worker in the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Training find(String workerId, long trainingId) {
        workers.find(workerId);
        return Training.<Training>find("id = ?1 and workerId = ?2", trainingId, workerId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No training " + trainingId + " of worker " + workerId
                        + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingYear year(String workerId, int year) {
        workers.find(workerId);
        List<Training> trainings = Training.list("workerId = ?1 and heldOn >= ?2 and heldOn < ?3",
                Sort.by("heldOn").and("id"), workerId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        BigDecimal total = trainings.stream().map(training -> training.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TrainingYear(workerId, year, total, trainings);
    }

    /** A worker's training in one calendar year, with the total hours. */
    public record TrainingYear(String workerId, int year, BigDecimal totalHours, List<Training> trainings) {
    }
}
