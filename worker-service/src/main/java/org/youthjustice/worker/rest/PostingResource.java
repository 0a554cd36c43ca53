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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.youthjustice.worker.domain.Posting;
import org.youthjustice.worker.service.PostingService;

import java.util.List;

@Path("/workers/{workerId}/postings")
@Tag(name = "Postings", description = "Workers posted to judicial offices, communities, courts and family centres")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such worker or posting in the caller's scope")
public class PostingResource {

    @Inject
    PostingService postings;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Post a worker to a site",
            description = "Admins and the worker's agency supervisors. Refused with 422 when the worker's postings "
                    + "would exceed full time on any day (the conflicting postings named), 409 when the worker is "
                    + "already posted at that site in the period. Publishes worker.posted.")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "Already posted at this site in the period, or the "
                    + "Idempotency-Key was used with another request")
    @APIResponse(responseCode = "422", description = "Over full time, or the worker has left or is suspended")
    public Response post(@PathParam("workerId") String workerId,
                         @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                         IdempotencyKey idempotencyKey,
                         @NotNull @Valid PostingRequest request, @Context UriInfo uri) {
        Posting posting = idempotency.once(idempotencyKey, request,
                () -> postings.post(workerId, request.toNewPosting()), created -> created.id.toString(),
                id -> postings.posting(workerId, Long.parseLong(id)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(posting.id)).build())
                .entity(PostingView.of(posting)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER,
            Roles.COURT_OFFICER})
    @Operation(summary = "A worker's postings", description = "Past, current and future, by first day.")
    @APIResponse(responseCode = "200", description = "The postings")
    public List<PostingView> list(@PathParam("workerId") String workerId) {
        return postings.postingsOf(workerId).stream().map(PostingView::of).toList();
    }

    @GET
    @Path("{postingId}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER,
            Roles.COURT_OFFICER})
    @Operation(summary = "One posting", description = "Of a worker in the caller's scope, as in the worker's "
            + "postings.")
    @APIResponse(responseCode = "200", description = "The posting",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    public PostingView get(@PathParam("workerId") String workerId, @PathParam("postingId") long postingId) {
        return PostingView.of(postings.posting(workerId, postingId));
    }

    @POST
    @Path("{postingId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "End a posting",
            description = "Sets its last day (not before its first day; an existing end can only be brought "
                    + "forward). Publishes worker.posting-ended.")
    @APIResponse(responseCode = "200", description = "The ended posting",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The posting already ends on or before that day")
    public PostingView end(@PathParam("workerId") String workerId, @PathParam("postingId") long postingId,
                           @NotNull @Valid EndPostingRequest request) {
        return PostingView.of(postings.end(workerId, postingId, request.on()));
    }
}
