package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.service.CaseHearings;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;

import java.util.List;

@Path("/cases/{reference}/hearings")
@Tag(name = "Hearings", description = "Court hearings of a juvenile case with their lay assessors")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such case (or hearing) in the caller's scope")
public class HearingResource {

    @Inject
    CaseHearings hearings;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURT_OFFICER, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "Set a court hearing",
            description = "Court officers of the referring court (in their own court), judicial officers of the "
                    + "case's office, admins. Each lay assessor must be a people's assessor appointed at the hearing's "
                    + "court on the hearing's day (China time), as worker-service announced it (assessor.appointed; "
                    + "an appointment made a moment ago may take a moment to count): else 422 with "
                    + "unappointedWorkerIds. A lay assessor who leads or ever led the case, or is on its team, cannot "
                    + "serve: 422 with conflictingWorkerIds.")
    @APIResponse(responseCode = "201", description = "Set",
            content = @Content(schema = @Schema(implementation = HearingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (or a time past), with the fields named")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another request")
    @APIResponse(responseCode = "422", description = "An assessor is not appointed at the court on the hearing's "
            + "day (unappointedWorkerIds), or leads, led or is on the team of the case (conflictingWorkerIds), or a "
            + "court officer named another court")
    public Response schedule(@PathParam("reference") String reference,
                             @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                             IdempotencyKey idempotencyKey,
                             @NotNull @Valid HearingRequest request) {
        var hearing = idempotency.once(idempotencyKey, request,
                () -> hearings.schedule(reference, request.courtCode(), request.scheduledAt(),
                        request.assessorWorkerIds()), created -> Long.toString(created.id),
                id -> hearings.find(reference, Long.parseLong(id)));
        return Response.status(Response.Status.CREATED).entity(HearingView.of(hearing)).build();
    }

    @POST
    @Path("{hearingId}/assessors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURT_OFFICER, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "Add a lay assessor to a hearing",
            description = "As setting the hearing: court officers of the hearing's court, judicial officers of the "
                    + "case's office, admins. The hearing must be yet to come and seat fewer than six; the worker "
                    + "must be appointed at the hearing's court on its day and must not lead, have led or be on the "
                    + "team of the case. Adding an assessor who already sits changes nothing.")
    @APIResponse(responseCode = "200", description = "The hearing with its lay assessors",
            content = @Content(schema = @Schema(implementation = HearingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the field named")
    @APIResponse(responseCode = "409", description = "The hearing has taken place")
    @APIResponse(responseCode = "422", description = "The worker is not appointed at the court on the hearing's "
            + "day (unappointedWorkerIds), works or worked on the case (conflictingWorkerIds), the hearing seats six "
            + "already, or a court officer's hearing is of another court")
    public HearingView addAssessor(@PathParam("reference") String reference,
                                   @PathParam("hearingId") long hearingId, @NotNull @Valid AssessorRequest request) {
        return HearingView.of(hearings.addAssessor(reference, hearingId, request.workerId()));
    }

    @GET
    @RolesAllowed({Roles.COURT_OFFICER, Roles.JUDICIAL_OFFICER, Roles.ADMIN, Roles.AGENCY_SUPERVISOR,
            Roles.SOCIAL_WORKER})
    @Operation(summary = "A case's hearings", description = "Soonest first. Everyone who sees the case, auditors "
            + "excepted.")
    @APIResponse(responseCode = "200", description = "The hearings")
    public List<HearingView> list(@PathParam("reference") String reference) {
        return hearings.list(reference).stream().map(HearingView::of).toList();
    }
}
