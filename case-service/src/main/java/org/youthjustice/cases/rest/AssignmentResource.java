package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.service.CaseAssignments;
import org.youthjustice.cases.service.CaseIdentity;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.EntityTags;

import java.util.List;

@Path("/cases/{reference}")
@Tag(name = "Assignment", description = "The lead social worker of a case, one at a time, with its history")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such case in the caller's scope")
public class AssignmentResource {

    @Inject
    CaseAssignments assignments;

    @Inject
    CaseIdentity identity;

    @PUT
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Assign the lead social worker",
            description = "Judicial officers of the case's office, admins, and supervisors of an agency serving the "
                    + "office (their own workers only); needs If-Match. The case must be accepted (INTAKE, ACTIVE or "
                    + "SUSPENDED); the worker must be posted at the case's office today and not suspended or gone. "
                    + "Replaces the current lead worker (kept in the history); the same worker again changes "
                    + "nothing. Publishes case.assigned.")
    @APIResponse(responseCode = "200", description = "The case with its lead worker and new ETag",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The case is not accepted yet or closed; caseStatus names its "
            + "status")
    @APIResponse(responseCode = "412", description = "The case changed since the ETag was read")
    @APIResponse(responseCode = "422", description = "The worker is not posted at the office today, is suspended "
            + "or gone, works for another agency than the supervisor's, or sits as lay assessor on a hearing of the "
            + "case to come (conflictingWorkerIds)")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response assign(@PathParam("reference") String reference,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid AssignmentRequest request) {
        JuvenileCase c = assignments.assign(reference, EntityTags.required(ifMatch), request.workerId(),
                request.reason());
        return Response.ok(CaseView.of(c, identity.masked(c))).tag(EntityTags.of(c.version)).build();
    }

    @DELETE
    @Path("assignment")
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Remove the lead social worker",
            description = "Same callers as the assignment; needs If-Match. Publishes case.unassigned.")
    @APIResponse(responseCode = "200", description = "The case without a lead worker, with its new ETag",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case has no lead worker")
    @APIResponse(responseCode = "412", description = "The case changed since the ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response remove(@PathParam("reference") String reference,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JuvenileCase c = assignments.remove(reference, EntityTags.required(ifMatch));
        return Response.ok(CaseView.of(c, identity.masked(c))).tag(EntityTags.of(c.version)).build();
    }

    @GET
    @Path("assignments")
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "A case's assignment history", description = "Oldest first: who led it, who assigned "
            + "them, when, why, and how it ended.")
    @APIResponse(responseCode = "200", description = "The assignments")
    public List<AssignmentView> history(@PathParam("reference") String reference) {
        return assignments.history(reference).stream().map(AssignmentView::of).toList();
    }
}
