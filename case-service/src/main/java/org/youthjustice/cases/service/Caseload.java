package org.youthjustice.cases.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RiskLevel;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.platform.time.ServiceZone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cases in the caller's scope ({@link CaseScope}): one case by its reference, to read or to change, and the
 * filtered, sorted list that the case list and the export share.
 */
@ApplicationScoped
@Transactional
public class Caseload {

    @Inject
    Caller caller;

    @Inject
    CaseScope scope;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public JuvenileCase find(String reference) {
        StringBuilder query = new StringBuilder("from JuvenileCase c where c.reference = :reference");
        Parameters parameters = Parameters.with("reference", reference);
        scope.restrict(query, parameters);
        return JuvenileCase.<JuvenileCase>find(query.toString(), parameters).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No case " + reference + "."));
    }

    /**
     * A page of {@link #matching} cases: by {@code page} number, or right after the cursor {@code after} (the
     * {@code next} of an earlier page of the same sort; then {@code page} must be 0). The total is counted up to
     * {@link Page#COUNT_LIMIT} only: an exact count would read every matching row of a province's million cases on
     * every page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JuvenileCase> list(CaseFilter filter, CaseSort sort, PageRequest page, Optional<String> after) {
        if (after.isPresent() && page.page > 0) {
            throw ProblemException.badRequest("Ask for a page by its number or by the cursor after, not both.",
                    List.of(new FieldError("page", "Cursor", "must be 0 when after is given")));
        }
        Selection selection = filtered(filter);
        long counted = countUpToLimit(selection);
        scope.restrict(selection.query(), selection.parameters());
        StringBuilder query = new StringBuilder(selection.query());
        after.ifPresent(cursor -> query.append(sort.casesAfter(cursor, selection.parameters())));
        List<JuvenileCase> fetched = JuvenileCase.<JuvenileCase>find(query.toString(), sort.toSort(),
                selection.parameters()).range(page.offset(), page.offset() + page.size).list();
        return Page.bounded(fetched, page, counted, sort::cursorOf);
    }

    /**
     * The cases in the caller's scope (never a sealed one) that match every filter given, sorted: the one query of
     * the list and of the export, so that both always select the same cases.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<JuvenileCase> matching(CaseFilter filter, CaseSort sort) {
        Selection selection = select(filter);
        return JuvenileCase.find(selection.query().toString(), sort.toSort(), selection.parameters());
    }

    /**
     * The filtered cases of the caller's scope counted up to one beyond {@link Page#COUNT_LIMIT}, which stops the
     * count there: their ids, in no order, so that PostgreSQL reads them the cheapest way it has for the filter (a
     * sort's index would have it walk the list in order, reading ten rows for each one a one-in-ten filter keeps),
     * part of the scope after part ({@link CaseScope#restrictedParts}).
     */
    private long countUpToLimit(Selection filtered) {
        long counted = 0;
        for (String part : scope.restrictedParts(filtered.query().toString(), filtered.parameters())) {
            var ids = JuvenileCase.getEntityManager().createQuery("select c.id " + part, Long.class)
                    .setMaxResults(Page.COUNT_LIMIT + 1 - (int) counted);
            filtered.parameters().map().forEach((name, value) -> {
                if (ids.getParameters().stream().anyMatch(parameter -> name.equals(parameter.getName()))) {
                    ids.setParameter(name, value);
                }
            });
            counted += ids.getResultList().size();
            if (counted > Page.COUNT_LIMIT) {
                break;
            }
        }
        return counted;
    }

    private Selection select(CaseFilter filter) {
        Selection selection = filtered(filter);
        scope.restrict(selection.query(), selection.parameters());
        return selection;
    }

    /** The filters' conditions, not yet restricted to the caller's scope. */
    private Selection filtered(CaseFilter filter) {
        StringBuilder query = new StringBuilder("from JuvenileCase c where 1 = 1");
        Parameters parameters = new Parameters();
        filter.status().ifPresent(status -> {
            query.append(" and c.status = :status");
            parameters.and("status", status);
        });
        filter.type().ifPresent(type -> {
            query.append(" and c.type = :type");
            parameters.and("type", type);
        });
        filter.workerId().ifPresent(worker -> {
            query.append(" and c.assignedWorkerId = :worker");
            parameters.and("worker", worker);
        });
        filter.assigned().ifPresent(assigned -> query.append(assigned
                ? " and c.assignedWorkerId is not null" : " and c.assignedWorkerId is null"));
        filter.riskLevel().ifPresent(risk -> {
            query.append(" and c.riskLevel = :risk");
            parameters.and("risk", risk);
        });
        filter.officeCode().ifPresent(office -> {
            query.append(" and c.officeCode = :office");
            parameters.and("office", office);
        });
        // A period filter keeps the cases whose correction period overlaps it.
        filter.periodFrom().ifPresent(from -> {
            query.append(" and c.periodEnd >= :periodFrom");
            parameters.and("periodFrom", from);
        });
        filter.periodTo().ifPresent(to -> {
            query.append(" and c.periodStart <= :periodTo");
            parameters.and("periodTo", to);
        });
        filter.overdueVisits().ifPresent(overdue -> {
            if (caller.hasRole(Roles.COURT_OFFICER) && !caller.hasAnyRole(Roles.ADMIN, Roles.JUDICIAL_OFFICER)) {
                throw new ProblemException(403, ProblemType.ACCESS_DENIED, "Court officers see referral data only, "
                        + "not visits.", null);
            }
            // a late visit (scheduled and past its due day, or missed with no visit recorded since the miss was
            // found) makes the case overdue from its visitsOverdueFrom on (V36)
            query.append(overdue ? " and c.visitsOverdueFrom <= :overdueToday"
                    : " and (c.visitsOverdueFrom is null or c.visitsOverdueFrom > :overdueToday)");
            parameters.and("overdueToday", ServiceZone.today(clock));
        });
        return new Selection(query, parameters);
    }

    /**
     * The case in the caller's scope, locked for this transaction, if it is still the version the caller read
     * (412 otherwise).
     */
    public JuvenileCase findForUpdate(String reference, OptionalInt expectedVersion) {
        JuvenileCase c = find(reference);
        JuvenileCase.getEntityManager().lock(c, LockModeType.PESSIMISTIC_WRITE);
        JuvenileCase.getEntityManager().refresh(c);
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != c.version) {
            throw ProblemException.preconditionFailed("Case " + reference + " has changed since you read it; "
                    + "read it again.");
        }
        return c;
    }

    /** The HQL of the matching cases (alias {@code c}) and its parameters. */
    private record Selection(StringBuilder query, Parameters parameters) {
    }

    /** Filters of the case list; each absent one does not filter. */
    public record CaseFilter(Optional<CaseStatus> status, Optional<CaseType> type, Optional<String> officeCode,
                             Optional<String> workerId, Optional<Boolean> assigned, Optional<RiskLevel> riskLevel,
                             Optional<LocalDate> periodFrom, Optional<LocalDate> periodTo,
                             Optional<Boolean> overdueVisits) {
    }
}
