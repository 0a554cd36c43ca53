package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.VisitStatus;
import org.youthjustice.cases.service.CaseVisits;
import org.youthjustice.cases.service.NoteDisclosure;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.EntityTags;

import java.util.Optional;

@Path("/cases/{reference}/visits")
@Tag(name = "Visits", description = "Visits of the lead worker: scheduled from the risk level, recorded from the "
        + "field, missed ones detected")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role may not do this (court officers and auditors "
        + "never see a case's tracking)")
@APIResponse(responseCode = "404", description = "No such case (or visit) in the caller's scope")
public class VisitResource {

    @Inject
    CaseVisits visits;

    @Inject
    IdentityCipher cipher;

    @Inject
    NoteDisclosure notes;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "A case's visits", description = "Newest first, optionally of one status. The lead worker, "
            + "supervisors of its agency, judicial officers of its office, admins. Place and note are in clear for the "
            + "lead worker only; other readers get them null, named in withheld, and read them with "
            + "POST /cases/{reference}/note-reveals (audited).")
    @APIResponse(responseCode = "200", description = "A page of visits")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<VisitView> list(@PathParam("reference") String reference, @QueryParam("status") VisitStatus status,
                                @Valid @BeanParam PageRequest page) {
        Page<CaseVisit> found = visits.list(reference, Optional.ofNullable(status), page);
        return notes.inClear(reference) ? found.map(v -> VisitView.of(v, cipher)) : found.map(WithheldNotes::visit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a visit made without a schedule",
            description = "The case's lead social worker, from the field. It counts as the latest visit: for an "
                    + "ACTIVE case the open scheduled visit is replaced by one due an interval after this one. "
                    + "Publishes visit.completed (and visit.scheduled).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (or a time in the future), with the fields named")
    @APIResponse(responseCode = "409", description = "The case is not accepted yet or closed (caseStatus names its "
            + "status), or the Idempotency-Key was used with another request")
    public Response record(@PathParam("reference") String reference,
                           @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                           IdempotencyKey idempotencyKey,
                           @NotNull @Valid VisitRequest request) {
        CaseVisits.VisitRecord recorded = idempotency.once(idempotencyKey, request,
                () -> visits.record(reference, request.fieldwork()), created -> Long.toString(created.visit().id),
                id -> visits.find(reference, Long.parseLong(id)));
        return Response.status(Response.Status.CREATED).entity(VisitView.of(recorded.visit(), cipher))
                .tag(EntityTags.of(recorded.visit().version)).build();
    }

    @PUT
    @Path("{visitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a scheduled visit as done",
            description = "The case's lead social worker. If-Match is optional (a worker in the field may not have "
                    + "read the visit again): when sent it must name the visit's version. The visit must still be "
                    + "SCHEDULED; a missed one stays missed (record the visit with POST instead). For an ACTIVE case "
                    + "the next visit is scheduled an interval after this one. Publishes visit.completed and "
                    + "visit.scheduled.")
    @APIResponse(responseCode = "200", description = "The completed visit with its new ETag",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (or a time in the future), with the fields named")
    @APIResponse(responseCode = "409", description = "The visit is no longer scheduled (visitStatus names its "
            + "status), or the case is closed (caseStatus)")
    @APIResponse(responseCode = "412", description = "The visit changed since the ETag was read")
    public Response complete(@PathParam("reference") String reference, @PathParam("visitId") long visitId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid VisitRequest request) {
        CaseVisits.VisitRecord completed = visits.complete(reference, visitId, EntityTags.optional(ifMatch),
                request.fieldwork());
        return Response.ok(VisitView.of(completed.visit(), cipher)).tag(EntityTags.of(completed.visit().version))
                .build();
    }
}
