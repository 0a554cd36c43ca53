package org.youthjustice.worker.rest;

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
import org.youthjustice.worker.service.CaseloadService;

@Path("/workers/{workerId}/caseload")
@Tag(name = "Caseloads", description = "Cases per worker from case-service's events, weighted load and capacity")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class WorkerCaseloadResource {

    @Inject
    CaseloadService caseloads;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER,
            Roles.COURT_OFFICER})
    @Operation(summary = "A worker's caseload",
            description = "Cases, weighted load, capacity and utilisation today, counted over every case the "
                    + "worker carries; read by the worker themselves, their agency's supervisors, admins, and officers "
                    + "of the sites the worker is posted at (court officers also where the worker is an assessor). "
                    + "The cases one by one (pseudonymous reference, case type, office, risk level) only as "
                    + "case-service would show them: every case to the worker, their agency's supervisors and "
                    + "admins; the cases of their own office to judicial officers; none to court officers and "
                    + "their partner systems, who get the figures without caseReferences.")
    @APIResponse(responseCode = "200", description = "The caseload, its cases narrowed to the caller's",
            content = @Content(schema = @Schema(implementation = CaseloadView.class)))
    @APIResponse(responseCode = "404", description = "No such worker in the caller's scope")
    public CaseloadView caseload(@PathParam("workerId") String workerId) {
        return CaseloadView.of(caseloads.caseloadOf(workerId));
    }
}
