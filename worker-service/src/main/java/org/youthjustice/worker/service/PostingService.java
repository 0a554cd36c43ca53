package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.worker.domain.Posting;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.messaging.out.WorkerEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Posting workers to sites, ending postings, and the roster of who is posted where, when. */
@ApplicationScoped
@Transactional
public class PostingService {

    private static final BigDecimal FULL_TIME = BigDecimal.ONE;

    @Inject
    Caller caller;

    @Inject
    WorkerService workers;

    @Inject
    WorkerScope scope;

    @Inject
    WorkerEvents events;

    @Inject
    CapacityWatch capacity;

    @Inject
    Clock clock;

    public Posting post(String workerId, NewPosting request) {
        if (request.to() != null && request.to().isBefore(request.from())) {
            throw ProblemException.badRequest("The posting ends before it starts.",
                    List.of(new FieldError("to", "before-from", "must not be before from")));
        }
        // The lock on the worker serialises postings of one worker, so two concurrent postings cannot both pass
        // the full-time check.
        Worker worker = workers.lockedInScope(workerId);
        requireManager(worker);
        if (worker.status == WorkerStatus.LEFT || worker.status == WorkerStatus.SUSPENDED) {
            throw ProblemException.unprocessable("Worker " + workerId + " is " + worker.status + " and cannot be posted.",
                    List.of(new FieldError("workerId", "status", "must not be LEFT or SUSPENDED")));
        }
        List<Posting> overlapping = Posting.<Posting>list("workerId", Sort.by("startsOn").and("id"), workerId).stream()
                .filter(posting -> posting.overlaps(request.from(), request.to())).toList();
        overlapping.stream().filter(posting -> posting.siteCode.equals(request.siteCode())).findFirst()
                .ifPresent(same -> {
                    throw ProblemException.conflict("Worker " + workerId + " is already posted at "
                            + request.siteCode() + " in this period (posting " + same.id + ").")
                            .with("conflictingPostings", List.of(same.id));
                });
        checkFullTime(request, overlapping);

        Posting posting = new Posting();
        posting.workerId = workerId;
        posting.siteCode = request.siteCode();
        posting.siteKind = request.siteKind();
        posting.startsOn = request.from();
        posting.endsOn = request.to();
        posting.fraction = request.fraction();
        posting.contractId = request.contractId();
        posting.dutyDaysPerWeek = request.dutyDaysPerWeek();
        posting.createdAt = Instant.now(clock);
        posting.createdBy = caller.subject();
        posting.persist();
        events.workerPosted(worker, posting);
        // a posting that covers today adds capacity at once; one starting later counts from its first change after
        capacity.check(workerId);
        return posting;
    }

    public Posting end(String workerId, long postingId, LocalDate lastDay) {
        Worker worker = workers.lockedInScope(workerId);
        requireManager(worker);
        Posting posting = postingOf(workerId, postingId);
        if (lastDay.isBefore(posting.startsOn)) {
            throw ProblemException.badRequest("A posting cannot end before it starts.",
                    List.of(new FieldError("on", "before-start", "must not be before the posting's start "
                            + posting.startsOn)));
        }
        if (posting.endsOn != null && !lastDay.isBefore(posting.endsOn)) {
            // Moving an end later would need the full-time check again: end it and post anew instead.
            throw ProblemException.conflict("Posting " + postingId + " already ends on " + posting.endsOn + ".");
        }
        posting.endsOn = lastDay;
        posting.endedAt = Instant.now(clock);
        posting.endedBy = caller.subject();
        Posting.flush();
        events.postingEnded(worker, posting);
        capacity.check(workerId);
        return posting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Posting posting(String workerId, long postingId) {
        workers.find(workerId);
        return postingOf(workerId, postingId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Posting> postingsOf(String workerId) {
        workers.find(workerId);
        return Posting.list("workerId", Sort.by("startsOn").and("id"), workerId);
    }

    /**
     * The postings that cover at least one day from {@code from} to {@code to}, at a site if given, within the
     * caller's scope: a judicial officer's office, a court officer's court, a supervisor's agency, a worker's own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RosterEntry> roster(Optional<String> site, Optional<String> agency, LocalDate from, LocalDate to,
                                    PageRequest page) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("The period ends before it starts.",
                    List.of(new FieldError("to", "before-from", "must not be before from")));
        }
        StringBuilder query = new StringBuilder("select p, w from Posting p join Worker w on w.workerId = p.workerId"
                + " where p.startsOn <= :to and (p.endsOn is null or p.endsOn >= :from)");
        Parameters parameters = Parameters.with("from", from).and("to", to);
        site.ifPresent(code -> {
            query.append(" and p.siteCode = :site");
            parameters.and("site", code);
        });
        agency.ifPresent(code -> {
            query.append(" and w.agencyCode = :agency");
            parameters.and("agency", code);
        });
        restrictRoster(query, parameters);
        var em = Posting.getEntityManager();
        var select = em.createQuery(query + " order by p.siteCode, p.startsOn, w.workerId, p.id", Object[].class);
        var count = em.createQuery("select count(p) " + query.substring(query.indexOf(" from ")), Long.class);
        parameters.map().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(select, count, page).map(row -> new RosterEntry((Posting) row[0], (Worker) row[1]));
    }

    private void restrictRoster(StringBuilder query, Parameters parameters) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        if (caller.hasRole(Roles.JUDICIAL_OFFICER) || caller.hasRole(Roles.COURT_OFFICER)) {
            // A site officer reads the roster of their own site: the office or court code is the site code.
            Optional<String> ownSite = caller.hasRole(Roles.JUDICIAL_OFFICER) ? caller.officeCode() : caller.courtCode();
            query.append(" and p.siteCode = :ownSite");
            parameters.and("ownSite", ownSite.orElse(""));
            return;
        }
        scope.restrict(query, parameters);
    }

    private static Posting postingOf(String workerId, long postingId) {
        return Posting.<Posting>find("id = ?1 and workerId = ?2", postingId, workerId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No posting " + postingId + " of worker " + workerId + "."));
    }

    private void requireManager(Worker worker) {
        if (!scope.manages(worker.agencyCode)) {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED,
                    "Only the worker's agency or an admin manages postings.", null);
        }
    }

    /**
     * Refuses the posting if, on any of its days, the worker's postings would add up to more than full time. The
     * sum only changes where a posting starts, so it is enough to check the new posting's first day and every
     * later start of an overlapping posting.
     */
    private static void checkFullTime(NewPosting request, List<Posting> overlapping) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(request.from());
        overlapping.stream().map(posting -> posting.startsOn)
                .filter(day -> day.isAfter(request.from()) && (request.to() == null || !day.isAfter(request.to())))
                .forEach(days::add);
        for (LocalDate day : days) {
            List<Posting> onDay = overlapping.stream().filter(posting -> posting.coversDay(day)).toList();
            BigDecimal total = onDay.stream().map(posting -> posting.fraction).reduce(request.fraction(), BigDecimal::add);
            if (total.compareTo(FULL_TIME) > 0) {
                List<Long> conflicting = onDay.stream().map(posting -> posting.id).toList();
                throw ProblemException.unprocessable("On " + day + " the worker would be posted " + total
                                + " of full time; postings " + conflicting + " already take "
                                + total.subtract(request.fraction()) + ".",
                        List.of(new FieldError("fraction", "over-full-time",
                                "must not take the worker over full time (postings " + conflicting + ")")))
                        .with("conflictingPostings", conflicting);
            }
        }
    }

    /** One line of the roster: the posting and its worker. */
    public record RosterEntry(Posting posting, Worker worker) {
    }
}
