package org.youthjustice.worker.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.EntityTags;
import org.youthjustice.worker.domain.QualificationLevel;
import org.youthjustice.worker.domain.Specialisation;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerStatus;
import org.youthjustice.worker.domain.WorkerStatusChange;
import org.youthjustice.worker.service.WorkerIdentity;
import org.youthjustice.worker.service.WorkerService;

import java.util.List;
import java.util.Optional;

@Path("/workers")
@Tag(name = "Workers", description = "Social workers of the agencies; personal data masked")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class WorkerResource {

    static final String ETAG = "The worker's version, to send as If-Match with the next change";

    @Inject
    WorkerService workers;

    @Inject
    WorkerIdentity identity;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Register a worker",
            description = "Admins, and supervisors for their own agency. Publishes worker.registered.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "ETag", description = WorkerResource.ETAG),
            content = @Content(schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The worker id or identity number is already registered, or the "
                    + "Idempotency-Key was used with another request")
    @APIResponse(responseCode = "422", description = "The agency is not registered")
    public Response register(@HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
            IdempotencyKey idempotencyKey,
            @NotNull @Valid RegisterWorkerRequest request, @Context UriInfo uri) {
        Worker worker = idempotency.once(idempotencyKey, request,
                () -> workers.register(request.toNewWorker()), created -> created.workerId, workers::find);
        return Response.created(uri.getAbsolutePathBuilder().path(worker.workerId).build())
                .tag(EntityTags.of(worker.version)).entity(view(worker)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER,
            Roles.COURT_OFFICER})
    @Operation(summary = "List workers",
            description = "Admins see all, supervisors their agency's, a social worker themselves, a judicial or "
                    + "court officer the workers posted at their site (now or later).")
    @APIResponse(responseCode = "200", description = "A page of workers, sorted by worker id")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<WorkerView> list(@QueryParam("agency") String agency,
                                 @QueryParam("status") WorkerStatus status,
                                 @QueryParam("qualification") QualificationLevel qualification,
                                 @QueryParam("specialisation") Specialisation specialisation,
                                 @QueryParam("frontLine") Boolean frontLine,
                                 @QueryParam("assessorAt")
                                 @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
                                 @Parameter(description = "Court code: the workers appointed people's assessors there "
                                         + "today, for its juvenile hearings") String assessorAt,
                                 @Valid @BeanParam PageRequest page) {
        WorkerService.WorkerFilter filter = new WorkerService.WorkerFilter(Optional.ofNullable(agency),
                Optional.ofNullable(status), Optional.ofNullable(qualification), Optional.ofNullable(specialisation),
                Optional.ofNullable(frontLine), Optional.ofNullable(assessorAt));
        return workers.list(filter, page).map(this::view);
    }

    @GET
    @Path("{workerId}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER,
            Roles.COURT_OFFICER})
    @Operation(summary = "One worker", description = "With its ETag, for a later PATCH.")
    @APIResponse(responseCode = "200", description = "The worker",
            headers = @Header(name = "ETag", description = WorkerResource.ETAG),
            content = @Content(schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "404", description = "No such worker in the caller's scope")
    public Response get(@PathParam("workerId") String workerId) {
        Worker worker = workers.find(workerId);
        return Response.ok(view(worker)).tag(EntityTags.of(worker.version)).build();
    }

    @PATCH
    @Path("{workerId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(summary = "Change a worker's profile",
            description = "Needs If-Match with the ETag read. Supervisors and admins change any field; a social "
                    + "worker changes their own phone only. The agency and the status are not changed here.")
    @APIResponse(responseCode = "200", description = "The changed worker, or the unchanged one with the same ETag "
                    + "when the patch changes nothing",
            headers = @Header(name = "ETag", description = WorkerResource.ETAG),
            content = @Content(schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "No such worker in the caller's scope")
    @APIResponse(responseCode = "412", description = "The worker changed since the ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("workerId") String workerId,
                           @HeaderParam(HttpHeaders.IF_MATCH)
                           @Parameter(required = true, description = "The ETag read; without it 428") String ifMatch,
                           @NotNull @Valid UpdateWorkerRequest request) {
        Worker worker = workers.update(workerId, EntityTags.required(ifMatch), request.toChanges());
        return Response.ok(view(worker)).tag(EntityTags.of(worker.version)).build();
    }

    @POST
    @Path("{workerId}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Change a worker's status",
            description = "Admins and the worker's agency supervisors, with a reason; If-Match is honoured when "
                    + "sent. LEFT is final. Publishes worker.status-changed.")
    @APIResponse(responseCode = "201", description = "The recorded change",
            headers = @Header(name = "ETag", description = WorkerResource.ETAG),
            content = @Content(schema = @Schema(implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "No such worker in the caller's scope")
    @APIResponse(responseCode = "409", description = "Already in that status, or the worker has left, or the "
            + "Idempotency-Key was used with another request")
    @APIResponse(responseCode = "412", description = "The worker changed since the ETag was read")
    public Response changeStatus(@PathParam("workerId") String workerId,
                                 @HeaderParam(HttpHeaders.IF_MATCH)
                                 @Parameter(description = "The ETag read; optional, checked when sent") String ifMatch,
                                 @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                                 IdempotencyKey idempotencyKey,
                                 @NotNull @Valid StatusChangeRequest request) {
        WorkerStatusChange change = idempotency.once(idempotencyKey, request,
                () -> workers.changeStatus(workerId, EntityTags.optional(ifMatch), request.status(), request.reason()),
                created -> created.id.toString(), id -> workers.statusChange(workerId, Long.parseLong(id)));
        Worker worker = workers.find(workerId);
        return Response.status(Response.Status.CREATED).tag(EntityTags.of(worker.version))
                .entity(StatusChangeView.of(change)).build();
    }

    @GET
    @Path("{workerId}/status-changes")
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(summary = "A worker's status history", description = "Oldest first: who changed it, when, why.")
    @APIResponse(responseCode = "200", description = "The status changes")
    @APIResponse(responseCode = "404", description = "No such worker in the caller's scope")
    public List<StatusChangeView> statusHistory(@PathParam("workerId") String workerId) {
        return workers.statusHistory(workerId).stream().map(StatusChangeView::of).toList();
    }

    private WorkerView view(Worker worker) {
        return WorkerView.of(worker, identity.masked(worker));
    }
}
