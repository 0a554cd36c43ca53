package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

import java.time.Clock;
import java.util.Optional;

/**
 * Which cases the caller may see, as a condition on the case alias {@code c} that goes into the query, so that a
 * case outside the caller's scope is never loaded (and answers 404, not 403).
 */
@RequestScoped
public class CaseScope {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Appends the caller's restriction to {@code query} (a condition over {@code c}) and its parameters. Sealed cases
     * are left out for everyone.
     */
    public void restrict(StringBuilder query, Parameters parameters) {
        restrict(query, parameters, false);
    }

    /**
     * As {@link #restrict(StringBuilder, Parameters)}; with {@code includingSealed}, a caller with a legal basis
     * (see {@link #mayReadSealed()}) also finds the sealed cases of their scope. The one place where the sealed
     * condition is decided.
     */
    public void restrict(StringBuilder query, Parameters parameters, boolean includingSealed) {
        if (!(includingSealed && mayReadSealed())) {
            query.append(" and c.sealedAt is null");
        }
        restrictToRole(query, parameters);
    }

    /**
     * The case with this reference if it is in the caller's scope (not sealed), without an exception for one that is
     * not: a caller that audits a refusal must not have its transaction marked for rollback by a not-found.
     */
    public Optional<JuvenileCase> visible(String reference) {
        StringBuilder query = new StringBuilder("from JuvenileCase c where c.reference = :reference");
        Parameters parameters = Parameters.with("reference", reference);
        restrict(query, parameters);
        return JuvenileCase.<JuvenileCase>find(query.toString(), parameters).firstResultOptional();
    }

    /**
     * Who may read a sealed record, for a stated purpose (Criminal Procedure Law art. 286: judicial organs for
     * their cases): admins, and judicial officers within their office.
     */
    public boolean mayReadSealed() {
        return caller.hasAnyRole(Roles.ADMIN, Roles.JUDICIAL_OFFICER);
    }

    private void restrictToRole(StringBuilder query, Parameters parameters) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        if (caller.hasRole(Roles.JUDICIAL_OFFICER)) {
            query.append(" and c.officeCode = :scopeOffice");
            parameters.and("scopeOffice", caller.officeCode().orElse(""));
            return;
        }
        if (caller.hasRole(Roles.COURT_OFFICER)) {
            query.append(" and c.courtCode = :scopeCourt");
            parameters.and("scopeCourt", caller.courtCode().orElse(""));
            return;
        }
        if (caller.hasRole(Roles.AGENCY_SUPERVISOR)) {
            // The agency's workers' cases, and the open cases still waiting for a lead worker at an office the
            // agency serves today (one of its workers is posted there), so that the supervisor can pick them up.
            query.append(" and (c.assignedAgencyId = :scopeAgency or (c.assignedWorkerId is null"
                    + " and c.status <> org.youthjustice.cases.domain.CaseStatus.CLOSED and c.officeCode in"
                    + " (select p.siteCode from WorkerPosting p where p.agencyId = :scopeAgency"
                    + " and p.firstDay <= :scopeToday and (p.lastDay is null or p.lastDay >= :scopeToday))))");
            parameters.and("scopeAgency", caller.agencyId().orElse(""))
                    .and("scopeToday", ServiceZone.today(clock));
            return;
        }
        if (caller.hasRole(Roles.SOCIAL_WORKER)) {
            query.append(" and c.assignedWorkerId = :scopeWorker");
            parameters.and("scopeWorker", caller.workerId().orElse(""));
            return;
        }
        query.append(" and 1 = 0");
    }
}
