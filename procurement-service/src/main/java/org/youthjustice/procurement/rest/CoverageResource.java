package org.youthjustice.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.procurement.service.ContractCoverage;

import java.util.UUID;

@Path("/contracts/{id}/coverage")
@Tag(name = "Coverage", description = "What a contract delivers: posts filled, clients, services, visits, budget burn")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    @Inject
    ContractCoverage coverage;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A contract's coverage today",
            description = "From the current terms, the postings (worker.posted, worker.posting-ended) and the cases, "
                    + "services and visits (cases.v1) at the contract's sites, and the payments. Officers read their "
                    + "department's contracts, supervisors their agency's, auditors and admins all.")
    @APIResponse(responseCode = "200", description = "The coverage",
            content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "404", description = "No such contract in the caller's scope")
    public CoverageView coverage(@PathParam("id") UUID id) {
        return CoverageView.of(id, coverage.of(id));
    }
}
