package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

/**
 * Which cases the caller may see, as a condition on the case alias {@code c} that goes into the query, so that a
 * case outside the caller's scope is never loaded (and answers 404, not 403).
 */
@RequestScoped
public class CaseScope {

    @Inject
    Caller caller;

    /** Appends the caller's restriction to {@code query} (a condition over {@code c}) and its parameters. */
    public void restrict(StringBuilder query, Parameters parameters) {
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
        // Social workers and supervisors see the cases assigned to them, and assignment comes with the next slice
        // of issue 4: until then they see none rather than all.
        query.append(" and 1 = 0");
    }
}
