package org.youthjustice.worker.rest;

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
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.worker.service.AssessorService;
import org.youthjustice.worker.service.WorkerScope;

import java.util.List;

@Path("/workers/{workerId}/assessor-appointments")
@Tag(name = "Lay assessors", description = "Workers appointed people's assessors (人民陪审员) at courts")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such worker in the caller's scope")
public class AssessorAppointmentResource {

    @Inject
    AssessorService assessors;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    WorkerScope scope;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COURT_OFFICER})
    @Operation(summary = "Record an assessor appointment",
            description = "The appointing court's business: admins, and court officers of the court in courtCode "
                    + "(their court_code); agency supervisors and officers of another court are refused (403) and "
                    + "nothing is recorded. The term is five years unless stated. Publishes assessor.appointed. "
                    + "Appointed assessors are listed by GET /workers?assessorAt=<court>.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AssessorAppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "403", description = "Not an admin, nor an officer of the court in courtCode")
    @APIResponse(responseCode = "409", description = "Already an assessor at that court in the term, or the "
                    + "Idempotency-Key was used with another request")
    @APIResponse(responseCode = "422", description = "The worker has left or is suspended")
    public Response appoint(@PathParam("workerId") String workerId,
                            @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                            IdempotencyKey idempotencyKey,
                            @NotNull @Valid AssessorAppointmentRequest request) {
        var appointment = idempotency.once(idempotencyKey, request,
                () -> assessors.appoint(workerId, request.courtCode(), request.appointedOn(),
                        request.termYears() != null ? request.termYears() : AssessorService.DEFAULT_TERM_YEARS),
                created -> created.id.toString(), id -> assessors.find(workerId, Long.parseLong(id)));
        return Response.status(Response.Status.CREATED)
                .entity(AssessorAppointmentView.of(appointment, scope.today())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER,
            Roles.COURT_OFFICER})
    @Operation(summary = "A worker's assessor appointments",
            description = "Of a worker in the caller's scope, with the status of each today.")
    @APIResponse(responseCode = "200", description = "The appointments, oldest first")
    public List<AssessorAppointmentView> list(@PathParam("workerId") String workerId) {
        var today = scope.today();
        return assessors.appointmentsOf(workerId).stream()
                .map(appointment -> AssessorAppointmentView.of(appointment, today)).toList();
    }
}
