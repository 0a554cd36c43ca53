package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.worker.domain.Agency;
import org.youthjustice.worker.domain.AssessorStatus;
import org.youthjustice.worker.domain.Qualification;
import org.youthjustice.worker.domain.QualificationLevel;
import org.youthjustice.worker.domain.Specialisation;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.domain.WorkerStatusChange;
import org.youthjustice.worker.messaging.out.WorkerEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Registering workers, reading them within the caller's scope, editing their profile and status. */
@ApplicationScoped
@Transactional
public class WorkerService {

    @Inject
    Caller caller;

    @Inject
    WorkerScope scope;

    @Inject
    WorkerIdentity identity;

    @Inject
    WorkerEvents events;

    @Inject
    CapacityWatch capacity;

    @Inject
    Clock clock;

    public Worker register(NewWorker request) {
        if (!scope.manages(request.agencyCode())) {
            throw forbidden("Supervisors register workers of their own agency only.");
        }
        if (Agency.findById(request.agencyCode()) == null) {
            throw ProblemException.unprocessable("No agency " + request.agencyCode() + " is registered.",
                    List.of(new FieldError("agencyCode", "unknown", "must be a registered agency")));
        }
        checkQualification(request.qualification());
        if (Worker.findById(request.workerId()) != null) {
            throw ProblemException.conflict("A worker " + request.workerId() + " is already registered.");
        }
        if (Worker.count("identityNumberIndex in ?1", identity.lookupIndexesOf(request.identityNumber())) > 0) {
            throw ProblemException.conflict("A worker with this identity number is already registered.");
        }
        Instant now = Instant.now(clock);
        Worker worker = new Worker();
        worker.workerId = request.workerId();
        worker.agencyCode = request.agencyCode();
        identity.protect(worker, request.name().strip(), request.identityNumber(), request.phone());
        worker.qualify(request.qualification());
        worker.specialisations = copy(request.specialisations());
        worker.frontLine = request.frontLine();
        worker.status = WorkerStatus.ACTIVE;
        worker.createdAt = now;
        worker.createdBy = caller.subject();
        worker.touch(caller.subject(), now);
        worker.persist();
        events.workerRegistered(worker);
        // cases assigned before the registration count from now on
        capacity.check(worker.workerId);
        return worker;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Worker find(String workerId) {
        StringBuilder query = new StringBuilder("from Worker w where w.workerId = :id");
        Parameters parameters = Parameters.with("id", workerId);
        scope.restrict(query, parameters);
        return Worker.<Worker>find(query.toString(), parameters).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No worker " + workerId + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Worker> list(WorkerFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from Worker w where 1 = 1");
        Parameters parameters = new Parameters();
        filter.agencyCode().ifPresent(agency -> {
            query.append(" and w.agencyCode = :agency");
            parameters.and("agency", agency);
        });
        filter.status().ifPresent(status -> {
            query.append(" and w.status = :status");
            parameters.and("status", status);
        });
        filter.qualificationLevel().ifPresent(level -> {
            query.append(" and w.qualificationLevel = :level");
            parameters.and("level", level);
        });
        filter.frontLine().ifPresent(frontLine -> {
            query.append(" and w.frontLine = :frontLine");
            parameters.and("frontLine", frontLine);
        });
        filter.assessorAt().ifPresent(court -> {
            query.append(" and exists (select 1 from AssessorAppointment a where a.workerId = w.workerId"
                    + " and a.courtCode = :assessorAt and a.status = :appointed"
                    + " and a.appointedOn <= :today and a.termEndsOn >= :today)");
            parameters.and("assessorAt", court).and("appointed", AssessorStatus.ACTIVE).and("today", scope.today());
        });
        filter.specialisation().ifPresent(specialisation -> {
            // The column is a comma-separated list of enum names, none of which is a prefix of another.
            query.append(" and cast(w.specialisations as String) like :specialisation");
            parameters.and("specialisation", "%" + specialisation.name() + "%");
        });
        scope.restrict(query, parameters);
        var found = Worker.<Worker>find(query.toString(), Sort.by("workerId"), parameters);
        return Page.of(found, page);
    }

    public Worker update(String workerId, OptionalInt expectedVersion, WorkerChanges changes) {
        Worker worker = lockedInScope(workerId);
        boolean manager = scope.manages(worker.agencyCode);
        if (!manager && changes.touchesMoreThanPhone()) {
            throw forbidden("A worker may change their own phone only; the agency edits the rest.");
        }
        checkVersion(worker, expectedVersion);
        boolean changed = false;
        if (changes.phone() != null && !identity.hasPhone(worker, changes.phone())) {
            identity.changePhone(worker, changes.phone());
            changed = true;
        }
        if (changes.qualification() != null) {
            checkQualification(changes.qualification().orElse(null));
            if (!changes.qualification().equals(worker.qualification())) {
                worker.qualify(changes.qualification().orElse(null));
                changed = true;
            }
        }
        if (changes.specialisations() != null && !copy(changes.specialisations()).equals(worker.specialisations)) {
            worker.specialisations = copy(changes.specialisations());
            changed = true;
        }
        if (changes.frontLine() != null && changes.frontLine() != worker.frontLine) {
            worker.frontLine = changes.frontLine();
            changed = true;
        }
        // A patch that changes nothing keeps the version: a new ETag would fail other editors' If-Match for nothing.
        if (changed) {
            worker.touch(caller.subject(), Instant.now(clock));
            Worker.flush();
        }
        return worker;
    }

    public WorkerStatusChange changeStatus(String workerId, OptionalInt expectedVersion, WorkerStatus status,
                                           String reason) {
        Worker worker = lockedInScope(workerId);
        if (!scope.manages(worker.agencyCode)) {
            throw forbidden("Only the worker's agency or an admin changes a worker's status.");
        }
        checkVersion(worker, expectedVersion);
        if (worker.status == WorkerStatus.LEFT) {
            throw ProblemException.conflict("Worker " + workerId + " has left; the status is final.");
        }
        if (worker.status == status) {
            throw ProblemException.conflict("Worker " + workerId + " is already " + status + ".");
        }
        Instant now = Instant.now(clock);
        WorkerStatusChange change = WorkerStatusChange.of(workerId, worker.status, status, reason.strip(),
                caller.subject(), now);
        change.persist();
        worker.status = status;
        worker.touch(caller.subject(), now);
        Worker.flush();
        events.workerStatusChanged(worker, change);
        return change;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkerStatusChange> statusHistory(String workerId) {
        find(workerId);
        return WorkerStatusChange.list("workerId", Sort.by("changedAt").and("id"), workerId);
    }

    /** A status change of a worker in the caller's scope: what a retry of the change answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkerStatusChange statusChange(String workerId, long changeId) {
        find(workerId);
        return WorkerStatusChange.<WorkerStatusChange>find("id = ?1 and workerId = ?2", changeId, workerId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Worker " + workerId
                        + " has no status change " + changeId + "."));
    }

    /**
     * Loads any worker, whatever the caller's scope, and locks it: for the acts whose right does not follow the
     * worker's scope (a court appoints assessors among workers it does not see yet). The caller is checked first.
     */
    Worker locked(String workerId) {
        Worker worker = Worker.<Worker>find("workerId", workerId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No worker " + workerId + "."));
        Worker.getEntityManager().lock(worker, LockModeType.PESSIMISTIC_WRITE);
        Worker.getEntityManager().refresh(worker);
        return worker;
    }

    /** Loads the worker in the caller's scope and locks it, so that concurrent edits of one worker queue up. */
    Worker lockedInScope(String workerId) {
        Worker worker = find(workerId);
        Worker.getEntityManager().lock(worker, LockModeType.PESSIMISTIC_WRITE);
        Worker.getEntityManager().refresh(worker);
        return worker;
    }

    private static void checkVersion(Worker worker, OptionalInt expectedVersion) {
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != worker.version) {
            throw ProblemException.preconditionFailed("Worker " + worker.workerId
                    + " has changed since you read it; read it again.");
        }
    }

    private static void checkQualification(Qualification qualification) {
        if (qualification != null && !qualification.expiresOn().isAfter(qualification.issuedOn())) {
            throw ProblemException.badRequest("The certificate expires before it is issued.", List.of(
                    new FieldError("qualification.expiresOn", "before-issue", "must be after issuedOn")));
        }
    }

    private static EnumSet<Specialisation> copy(Set<Specialisation> specialisations) {
        return specialisations == null || specialisations.isEmpty()
                ? EnumSet.noneOf(Specialisation.class) : EnumSet.copyOf(specialisations);
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemType.ACCESS_DENIED, detail, null);
    }

    /** Filters of the worker list; each absent one does not filter. */
    public record WorkerFilter(Optional<String> agencyCode, Optional<WorkerStatus> status,
                               Optional<QualificationLevel> qualificationLevel, Optional<Specialisation> specialisation,
                               Optional<Boolean> frontLine, Optional<String> assessorAt) {
    }
}
