package org.youthjustice.worker.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.worker.domain.CaseloadCase;
import org.youthjustice.worker.domain.WorkerCaseload;

import java.util.List;
import java.util.Optional;

/**
 * Which of a worker's cases the caller may see one by one, so that this service never shows a case that
 * case-service would not show the same caller. The figures (cases, weighted load, capacity, utilisation) describe
 * the worker's workload and go to whoever may reach the worker ({@link WorkerScope}); a case's reference, type,
 * office and risk level are case-service's data and follow its scopes. A caller holding several roles sees what
 * any of them may see.
 */
@RequestScoped
public class CaseloadDisclosure {

    @Inject
    Caller caller;

    /** {@code caseload} with its figures whole and its cases narrowed to what the caller may see. */
    public DisclosedCaseload disclose(WorkerCaseload caseload) {
        return new DisclosedCaseload(caseload, shownCases(caseload));
    }

    private Optional<List<CaseloadCase>> shownCases(WorkerCaseload caseload) {
        if (seesEveryCase(caseload)) {
            return Optional.of(caseload.cases());
        }
        if (caller.hasRole(Roles.JUDICIAL_OFFICER)) {
            // case-service shows a judicial officer the cases their office supervises, not the other offices' cases
            // that the same worker carries.
            Optional<String> office = caller.officeCode();
            return Optional.of(caseload.cases().stream()
                    .filter(c -> office.filter(own -> own.equals(c.officeCode)).isPresent()).toList());
        }
        // Court officers and their partner systems (and any other role): case-service shows a court the cases it
        // referred, but case.assigned does not name the referring court, so no case here can be told to be theirs.
        return Optional.empty();
    }

    /** Admins, the worker themself and a supervisor of the worker's agency: case-service shows them each case. */
    private boolean seesEveryCase(WorkerCaseload caseload) {
        return caller.hasRole(Roles.ADMIN)
                || (caller.hasRole(Roles.SOCIAL_WORKER)
                && caller.workerId().filter(caseload.workerId()::equals).isPresent())
                || (caller.hasRole(Roles.AGENCY_SUPERVISOR)
                && caller.agencyId().filter(caseload.agencyCode()::equals).isPresent());
    }
}
