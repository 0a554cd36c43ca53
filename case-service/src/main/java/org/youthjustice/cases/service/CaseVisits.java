package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.PlaceKind;
import org.youthjustice.cases.domain.RowIds;
import org.youthjustice.cases.domain.VisitStatus;
import org.youthjustice.cases.messaging.out.TrackingEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.identity.CipherCell;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.youthjustice.cases.domain.CipherColumns.VISIT;
import static org.youthjustice.cases.domain.CipherColumns.VISIT_NOTE;
import static org.youthjustice.cases.domain.CipherColumns.VISIT_PLACE;

/** Visits of a case's lead worker: the list, a visit recorded from the field, a scheduled visit recorded as done. */
@ApplicationScoped
@Transactional
public class CaseVisits {

    /** A phone's clock may run a little ahead of the server's; more than this is a mistake, not skew. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

    @Inject
    VisitSchedule schedule;

    @Inject
    TrackingEvents events;

    @Inject
    IdentityCipher cipher;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseVisit> list(String reference, Optional<VisitStatus> status, PageRequest page) {
        JuvenileCase c = cases.find(reference);
        StringBuilder query = new StringBuilder("caseId = :caseId");
        Parameters parameters = Parameters.with("caseId", c.id);
        status.ifPresent(s -> {
            query.append(" and status = :status");
            parameters.and("status", s);
        });
        var found = CaseVisit.<CaseVisit>find(query.toString(), Sort.descending("id"), parameters);
        return Page.of(found, page);
    }

    /** A visit made without (or besides) a schedule; it counts as the latest visit, so the schedule restarts. */
    public VisitRecord record(String reference, Fieldwork fieldwork) {
        JuvenileCase c = openCaseForUpdate(reference);
        Instant now = Instant.now(clock);
        checkNotAhead(fieldwork.at(), now);
        CaseVisit visit = new CaseVisit();
        visit.id = RowIds.next(VISIT.name());
        visit.caseId = c.id;
        visit.createdAt = now;
        done(visit, fieldwork, now);
        visit.persist();
        CaseVisit.flush();
        events.visitCompleted(c, visit);
        schedule.scheduleNext(c, ServiceZone.dayOf(fieldwork.at()), now);
        c.visitsChanged();
        return new VisitRecord(c, visit);
    }

    /** A visit of a case in the caller's scope with its case: what a retry of its recording answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitRecord find(String reference, long visitId) {
        JuvenileCase c = cases.find(reference);
        CaseVisit visit = CaseVisit.<CaseVisit>find("id = ?1 and caseId = ?2", visitId, c.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case " + reference + " has no visit " + visitId + "."));
        return new VisitRecord(c, visit);
    }

    /** The scheduled visit {@code visitId} done as {@code fieldwork} says; then the next one is scheduled. */
    public VisitRecord complete(String reference, long visitId, OptionalInt expectedVersion, Fieldwork fieldwork) {
        JuvenileCase c = openCaseForUpdate(reference);
        CaseVisit visit = CaseVisit.<CaseVisit>find("id = ?1 and caseId = ?2", visitId, c.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case " + reference + " has no visit " + visitId + "."));
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != visit.version) {
            throw ProblemException.preconditionFailed("Visit " + visitId + " has changed since you read it; read it "
                    + "again.");
        }
        if (visit.status != VisitStatus.SCHEDULED) {
            throw ProblemException.conflict("Visit " + visitId + " is " + visit.status + ", not SCHEDULED; record a "
                    + "visit made anyway as a new visit of the case.").with("visitStatus",
                    visit.status.name());
        }
        Instant now = Instant.now(clock);
        checkNotAhead(fieldwork.at(), now);
        done(visit, fieldwork, now);
        CaseVisit.flush();
        events.visitCompleted(c, visit);
        schedule.scheduleNext(c, ServiceZone.dayOf(fieldwork.at()), now);
        c.visitsChanged();
        return new VisitRecord(c, visit);
    }

    private JuvenileCase openCaseForUpdate(String reference) {
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        if (c.status == CaseStatus.CLOSED || c.status == CaseStatus.REFERRED) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + ": visits are recorded on a "
                    + "case its office has accepted and not closed.").with("caseStatus", c.status.name());
        }
        return c;
    }

    private void done(CaseVisit visit, Fieldwork fieldwork, Instant now) {
        visit.status = VisitStatus.COMPLETED;
        visit.workerId = caller.workerId().orElse(visit.workerId);
        visit.visitedAt = fieldwork.at();
        visit.placeKind = fieldwork.placeKind();
        visit.placeCipher = protect(fieldwork.place(), VISIT_PLACE.at(visit.caseId, visit.id));
        visit.noteCipher = protect(fieldwork.note(), VISIT_NOTE.at(visit.caseId, visit.id));
        visit.recordedBy = caller.subject();
        visit.closedAt = now;
    }

    private String protect(String text, CipherCell cell) {
        return text == null || text.isBlank() ? null : cipher.encrypt(text.strip(), cell);
    }

    private static void checkNotAhead(Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("A visit is recorded once it happened.",
                    List.of(new FieldError("at", "future", "must not be in the future")));
        }
    }

    /** What the worker reports of a visit: when, where (kind, and the place in words), and a note. */
    public record Fieldwork(Instant at, PlaceKind placeKind, String place, String note) {
    }

    /** A visit with its case, for the response and its reference. */
    public record VisitRecord(JuvenileCase c, CaseVisit visit) {
    }
}
