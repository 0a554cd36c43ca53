package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.service.CasePlans;
import org.youthjustice.cases.service.NoteDisclosure;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.EntityTags;

@Path("/cases/{reference}/plan")
@Tag(name = "Plan", description = "The individual correction plan of a case: goals and their progress")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role may not do this (court officers and auditors "
        + "never see a case's tracking)")
@APIResponse(responseCode = "404", description = "No such case in the caller's scope")
public class PlanResource {

    @Inject
    CasePlans plans;

    @Inject
    NoteDisclosure notes;

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "A case's correction plan", description = "Version 0 without goals before it is written. "
            + "Goal titles are in clear for the lead worker only; other readers get them null, named in withheld, and "
            + "read them with POST /cases/{reference}/note-reveals (audited), as they must before rewriting the "
            + "plan, which is replaced as a whole.")
    @APIResponse(responseCode = "200", description = "The plan with its ETag",
            headers = @Header(name = "ETag", description = EntityTags.DOCUMENTED),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response plan(@PathParam("reference") String reference) {
        CasePlans.Plan plan = plans.plan(reference);
        PlanView shown = notes.inClear(reference) ? PlanView.of(plan) : WithheldNotes.plan(PlanView.of(plan));
        return Response.ok(shown).tag(EntityTags.of(plan.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "Write a case's correction plan",
            description = "The lead social worker, judicial officers of the office, admins; replaces all goals. "
                    + "Needs If-Match with the ETag of the plan as read (\"0\" before it is first written), so that "
                    + "the worker and the officer never overwrite each other's goals. The case must be accepted and "
                    + "not closed.")
    @APIResponse(responseCode = "200", description = "The plan as written, with its new ETag",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The case is not accepted yet or closed; caseStatus names its "
            + "status")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@PathParam("reference") String reference,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequest request) {
        CasePlans.Plan plan = plans.replace(reference, EntityTags.required(ifMatch), request.toGoals());
        return Response.ok(PlanView.of(plan)).tag(EntityTags.of(plan.version())).build();
    }
}
