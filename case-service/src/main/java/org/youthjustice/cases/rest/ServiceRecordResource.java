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
import org.youthjustice.cases.domain.ServiceRecord;
import org.youthjustice.cases.service.NoteDisclosure;
import org.youthjustice.cases.service.ServiceRecords;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;

@Path("/cases/{reference}/services")
@Tag(name = "Services", description = "Services delivered to the juvenile, with the minutes spent")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role may not do this (court officers and auditors "
        + "never see a case's tracking)")
@APIResponse(responseCode = "404", description = "No such case in the caller's scope")
public class ServiceRecordResource {

    @Inject
    ServiceRecords services;

    @Inject
    IdentityCipher cipher;

    @Inject
    NoteDisclosure notes;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIAL_WORKER)
    @Operation(summary = "Record a service delivered",
            description = "The case's lead social worker; the service counts towards their agency. The case must "
                    + "have a lead worker and not be closed. Publishes service.recorded (without the note).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ServiceRecordView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (or a day in the future), with the fields named")
    @APIResponse(responseCode = "409", description = "The case is not accepted yet or closed (caseStatus names its "
            + "status), or the Idempotency-Key was used with another request")
    public Response record(@PathParam("reference") String reference,
                           @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                           IdempotencyKey idempotencyKey,
                           @NotNull @Valid ServiceRecordRequest request) {
        var service = idempotency.once(idempotencyKey, request,
                () -> services.record(reference, request.kind(), request.minutes(), request.deliveredOn(),
                        request.note()), created -> Long.toString(created.id),
                id -> services.find(reference, Long.parseLong(id)));
        return Response.status(Response.Status.CREATED).entity(ServiceRecordView.of(service, cipher)).build();
    }

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "A case's services", description = "Newest first. The lead worker, supervisors of its "
            + "agency, judicial officers of its office, admins. The note is in clear for the lead worker only; other "
            + "readers get it null, named in withheld, and read it with POST /cases/{reference}/note-reveals "
            + "(audited).")
    @APIResponse(responseCode = "200", description = "A page of services")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<ServiceRecordView> list(@PathParam("reference") String reference, @Valid @BeanParam PageRequest page) {
        Page<ServiceRecord> found = services.list(reference, page);
        return notes.inClear(reference) ? found.map(s -> ServiceRecordView.of(s, cipher))
                : found.map(WithheldNotes::service);
    }
}
