package org.youthjustice.procurement.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.ServiceContract;

import java.util.UUID;

/**
 * Which contracts the caller may read and manage. Admins and auditors read every contract; a procurement officer
 * reads and manages the contracts of the department in the {@code department_code} claim; an agency supervisor
 * reads the contracts of the agency in the {@code agency_id} claim. A contract outside the caller's scope answers
 * 404, never 403, so that its existence does not leak.
 */
@RequestScoped
public class ContractScope {

    @Inject
    Caller caller;

    /** Appends the caller's restriction to {@code query} (a condition over the contract alias {@code c}). */
    public void restrict(StringBuilder query, Parameters parameters) {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
            return;
        }
        if (caller.hasRole(Roles.PROCUREMENT_OFFICER)) {
            query.append(" and c.purchaserCode = :scopeDepartment");
            parameters.and("scopeDepartment", caller.departmentCode().orElse(""));
            return;
        }
        if (caller.hasRole(Roles.AGENCY_SUPERVISOR)) {
            query.append(" and c.providerCode = :scopeAgency");
            parameters.and("scopeAgency", caller.agencyId().orElse(""));
            return;
        }
        query.append(" and 1 = 0");
    }

    /** Whether the caller may read {@code contract}. */
    public boolean reads(ServiceContract contract) {
        return caller.hasAnyRole(Roles.ADMIN, Roles.AUDITOR) || manages(contract.purchaserCode)
                || caller.hasRole(Roles.AGENCY_SUPERVISOR)
                        && caller.agencyId().filter(contract.providerCode::equals).isPresent();
    }

    /** Whether the caller may draft, change and pay contracts of the department {@code purchaserCode}. */
    public boolean manages(String purchaserCode) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.PROCUREMENT_OFFICER)
                && caller.departmentCode().filter(purchaserCode::equals).isPresent();
    }

    /** The contract {@code id} if the caller may read it; 404 otherwise. */
    public ServiceContract readable(UUID id) {
        return ServiceContract.<ServiceContract>findByIdOptional(id).filter(this::reads)
                .orElseThrow(() -> notFound(id));
    }

    /** The contract {@code id} if the caller may manage it; 404 if it is not theirs to manage. */
    public ServiceContract managed(UUID id) {
        return ServiceContract.<ServiceContract>findByIdOptional(id).filter(c -> manages(c.purchaserCode))
                .orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No contract " + id + ".");
    }
}
