package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Which cases the caller may see, as a condition on the case alias {@code c} that goes into the query, so that a
 * case outside the caller's scope is never loaded (and answers 404, not 403).
 */
@RequestScoped
public class CaseScope {

    /** A supervisor's first part: the cases of the agency's workers. */
    private static final String AGENCY_CASES = "c.assignedAgencyId = :scopeAgency";

    /**
     * A supervisor's second part: the open cases still waiting for a lead worker at an office the agency serves today
     * (one of its workers is posted there), so that the supervisor can pick them up.
     */
    private static final String WAITING_AT_SERVED_OFFICES = "c.assignedWorkerId is null"
            + " and c.status <> org.youthjustice.cases.domain.CaseStatus.CLOSED and c.officeCode in"
            + " (select p.siteCode from WorkerPosting p where p.agencyId = :scopeAgency"
            + " and p.firstDay <= :scopeToday and (p.lastDay is null or p.lastDay >= :scopeToday))";

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
     * {@code query} (a condition over {@code c}) restricted as {@link #restrict(StringBuilder, Parameters)} does, as
     * queries that no case matches twice and that together match what the restricted query matches: one for every
     * caller but a supervisor, whose scope is two parts. Counting each part on its own lets PostgreSQL read each from
     * its index ({@code juvenile_case_agency_created}, {@code juvenile_case_unassigned_office}); over the {@code or}
     * of both it sometimes guessed that a sequential scan would find a bounded count's rows sooner, and read most of
     * a province's million cases to find the newest ones (benchmarks/README.md, Province scale).
     */
    public List<String> restrictedParts(String query, Parameters parameters) {
        if (!supervisesAgency()) {
            StringBuilder whole = new StringBuilder(query);
            restrict(whole, parameters);
            return List.of(whole.toString());
        }
        supervisorParameters(parameters);
        String unsealed = query + " and c.sealedAt is null and ";
        return List.of(unsealed + AGENCY_CASES, unsealed + "(c.assignedAgencyId is null or c.assignedAgencyId <> "
                + ":scopeAgency) and " + WAITING_AT_SERVED_OFFICES);
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
        if (supervisesAgency()) {
            query.append(" and (").append(AGENCY_CASES).append(" or (").append(WAITING_AT_SERVED_OFFICES).append("))");
            supervisorParameters(parameters);
            return;
        }
        if (caller.hasRole(Roles.SOCIAL_WORKER)) {
            query.append(" and c.assignedWorkerId = :scopeWorker");
            parameters.and("scopeWorker", caller.workerId().orElse(""));
            return;
        }
        query.append(" and 1 = 0");
    }

    /** A supervisor's scope applies: the roles before it in {@link #restrictToRole} have wider ones. */
    private boolean supervisesAgency() {
        return caller.hasRole(Roles.AGENCY_SUPERVISOR)
                && !caller.hasAnyRole(Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER);
    }

    private void supervisorParameters(Parameters parameters) {
        parameters.and("scopeAgency", caller.agencyId().orElse("")).and("scopeToday", ServiceZone.today(clock));
    }
}
