package org.youthjustice.worker.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.worker.service.TrainingService;
import org.youthjustice.worker.service.WorkerScope;

@Path("/workers/{workerId}/trainings")
@Tag(name = "Training", description = "Continuing education of workers, with yearly totals")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such worker in the caller's scope")
public class TrainingResource {

    @Inject
    TrainingService trainings;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    WorkerScope scope;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Record a training", description = "Admins and the worker's agency supervisors.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (a day in the future included), fields named")
    @APIResponse(responseCode = "409", description = "The same topic on the same day is already recorded, or the "
                    + "Idempotency-Key was used with another request")
    public Response record(@PathParam("workerId") String workerId,
                           @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                           IdempotencyKey idempotencyKey,
                           @NotNull @Valid TrainingRequest request) {
        var training = idempotency.once(idempotencyKey, request,
                () -> trainings.record(workerId, request.topic(), request.provider(), request.trainingBase(),
                        request.hours(), request.heldOn()),
                created -> created.id.toString(), id -> trainings.find(workerId, Long.parseLong(id)));
        return Response.status(Response.Status.CREATED).entity(TrainingView.of(training)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(summary = "A worker's training in a year", description = "With the year's total hours.")
    @APIResponse(responseCode = "200", description = "The year's training",
            content = @Content(schema = @Schema(implementation = TrainingYearView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year")
    public TrainingYearView year(@PathParam("workerId") String workerId,
                                 @QueryParam("year") @Min(2000) @Max(2100)
                                 @Parameter(description = "Calendar year, default the current one") Integer year) {
        return TrainingYearView.of(trainings.year(workerId, year != null ? year : scope.today().getYear()));
    }
}
