package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.time.ServiceZone;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which workers the caller may see, as a condition on the worker alias {@code w} that goes into the query, so that
 * a worker outside the caller's scope is never loaded (and answers 404, not 403).
 */
@RequestScoped
public class WorkerScope {

    private static final String POSTED_AT_OWN_SITE = "exists (select 1 from Posting sp where sp.workerId = w.workerId"
            + " and sp.siteCode = :scopeSite and (sp.endsOn is null or sp.endsOn >= :scopeToday))";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Appends the caller's restriction to {@code query} (a condition over {@code w}) and its parameters. */
    public void restrict(StringBuilder query, Parameters parameters) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        if (caller.hasRole(Roles.AGENCY_SUPERVISOR)) {
            query.append(" and w.agencyCode = :scopeAgency");
            parameters.and("scopeAgency", caller.agencyId().orElse(""));
            return;
        }
        if (caller.hasRole(Roles.SOCIAL_WORKER)) {
            query.append(" and w.workerId = :scopeWorker");
            parameters.and("scopeWorker", caller.workerId().orElse(""));
            return;
        }
        if (caller.hasRole(Roles.JUDICIAL_OFFICER)) {
            // Officers see the workers posted at their site now or from a later day, not those who left it.
            query.append(" and ").append(POSTED_AT_OWN_SITE);
            parameters.and("scopeSite", caller.officeCode().orElse("")).and("scopeToday", today());
            return;
        }
        if (caller.hasRole(Roles.COURT_OFFICER)) {
            query.append(" and (").append(POSTED_AT_OWN_SITE).append(" or exists (select 1 from AssessorAppointment sa"
                    + " where sa.workerId = w.workerId and sa.courtCode = :scopeSite and sa.termEndsOn >= :scopeToday"
                    + " and sa.status = org.youthjustice.worker.domain.AssessorStatus.ACTIVE))");
            parameters.and("scopeSite", caller.courtCode().orElse("")).and("scopeToday", today());
            return;
        }
        // Anyone else reaching a worker endpoint sees nothing rather than everything.
        query.append(" and 1 = 0");
    }

    /** Whether the caller may register and manage workers of {@code agencyCode}. */
    public boolean manages(String agencyCode) {
        return caller.hasRole(Roles.ADMIN)
                || caller.hasRole(Roles.AGENCY_SUPERVISOR) && caller.agencyId().filter(agencyCode::equals).isPresent();
    }

    /** Today where the courts and offices are: a posting's days are days in China, whatever the server's zone. */
    public LocalDate today() {
        return ServiceZone.today(clock);
    }
}
