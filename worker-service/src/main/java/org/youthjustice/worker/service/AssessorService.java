package org.youthjustice.worker.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.worker.domain.AssessorAppointment;
import org.youthjustice.worker.domain.AssessorStatus;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.messaging.out.WorkerEvents;

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
    WorkerEvents events;

    @Inject
    Clock clock;

    /**
     * Records that the court {@code courtCode} appointed the worker. People's assessors are appointed by the court
     * (Law on People's Assessors, art. 10-11), not by the worker's employer: an admin, or an officer of that very
     * court, records it; anyone else is refused before the worker is even looked up.
     */
    public AssessorAppointment appoint(String workerId, String courtCode, LocalDate appointedOn, int termYears) {
        if (!mayAppointAt(courtCode)) {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED,
                    "Only an officer of the appointing court or an admin records an assessor appointment.", null);
        }
        // any worker: a court's scope holds only its assessors and the workers posted at it, not those it appoints
        Worker worker = workers.locked(workerId);
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

    private boolean mayAppointAt(String courtCode) {
        return caller.hasRole(Roles.ADMIN)
                || caller.hasRole(Roles.COURT_OFFICER) && caller.courtCode().filter(courtCode::equals).isPresent();
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
