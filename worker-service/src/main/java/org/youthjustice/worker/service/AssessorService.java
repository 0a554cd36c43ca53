package org.youthjustice.worker.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.worker.domain.AssessorAppointment;
import org.youthjustice.worker.domain.AssessorStatus;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.messaging.WorkerEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Appointments of workers as people's assessors (人民陪审员) at courts. */
@ApplicationScoped
@Transactional
public class AssessorService {

    /** The term of a people's assessor, Law on People's Assessors (2018), art. 18. */
    public static final int DEFAULT_TERM_YEARS = 5;

    @Inject
    Caller caller;

    @Inject
    WorkerService workers;

    @Inject
    WorkerScope scope;

    @Inject
    WorkerEvents events;

    @Inject
    Clock clock;

    public AssessorAppointment appoint(String workerId, String courtCode, LocalDate appointedOn, int termYears) {
        Worker worker = workers.lockedInScope(workerId);
        if (!scope.manages(worker.agencyCode)) {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED,
                    "Only the worker's agency or an admin records an assessor appointment.", null);
        }
        if (worker.status == WorkerStatus.LEFT || worker.status == WorkerStatus.SUSPENDED) {
            throw ProblemException.unprocessable("Worker " + workerId + " is " + worker.status
                    + " and cannot be appointed.", List.of(new FieldError("workerId", "status",
                    "must not be LEFT or SUSPENDED")));
        }
        LocalDate termEndsOn = appointedOn.plusYears(termYears).minusDays(1);
        boolean overlapping = AssessorAppointment.count("workerId = ?1 and courtCode = ?2 and status = ?3"
                        + " and appointedOn <= ?4 and termEndsOn >= ?5",
                workerId, courtCode, AssessorStatus.ACTIVE, termEndsOn, appointedOn) > 0;
        if (overlapping) {
            throw ProblemException.conflict("Worker " + workerId + " is already an assessor at " + courtCode
                    + " in this term.");
        }
        AssessorAppointment appointment = new AssessorAppointment();
        appointment.workerId = workerId;
        appointment.courtCode = courtCode;
        appointment.appointedOn = appointedOn;
        appointment.termEndsOn = termEndsOn;
        appointment.status = AssessorStatus.ACTIVE;
        appointment.createdAt = Instant.now(clock);
        appointment.createdBy = caller.subject();
        appointment.persist();
        events.assessorAppointed(worker, appointment);
        return appointment;
    }

    /** One appointment of a worker in the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessorAppointment find(String workerId, long appointmentId) {
        workers.find(workerId);
        return AssessorAppointment.<AssessorAppointment>find("id = ?1 and workerId = ?2", appointmentId, workerId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("No assessor appointment "
                        + appointmentId + " of worker " + workerId + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessorAppointment> appointmentsOf(String workerId) {
        workers.find(workerId);
        return AssessorAppointment.list("workerId", Sort.by("appointedOn").and("id"), workerId);
    }
}
