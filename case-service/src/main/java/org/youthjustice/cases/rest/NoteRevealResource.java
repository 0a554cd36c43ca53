package org.youthjustice.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.service.NoteReveals;
import org.youthjustice.platform.caller.Roles;

@Path("/cases/{reference}/note-reveals")
@Tag(name = "Note reveals", description = "The free text of a case in full, for a stated purpose, audited")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class NoteRevealResource {

    @Inject
    NoteReveals reveals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // Every role reaches the service, which refuses the roles not given the text itself: so that their refusal is
    // audited and bounded like the others (NoteReveals), which a refusal by @RolesAllowed could not be.
    @RolesAllowed({Roles.JUDICIAL_OFFICER, Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.ADMIN,
            Roles.COURT_OFFICER, Roles.AUDITOR, Roles.PROCUREMENT_OFFICER, Roles.PARTNER_SYSTEM})
    @Operation(summary = "Read the free text of a case in full",
            description = "The places and notes of visits, the notes of services and risk assessments and the titles "
                    + "of the plan's goals, which the ordinary reads show to the case's lead worker only. Given to the "
                    + "lead social worker, judicial officers of the case's office and supervisors of the agency that "
                    + "leads it, for a stated purpose; refused to admins, court officers, auditors and every other "
                    + "role, and to every machine client (a partner-system or service-account token) whatever roles it "
                    + "holds. Each reveal writes a NOTES_REVEALED audit row naming the parts given, each refusal "
                    + "concerning an existing case (403, or 404 when it is outside the caller's scope) a "
                    + "NOTES_REVEAL_REFUSED row, until the caller has had its budget of refused reveals (identity and "
                    + "note reveals together) within the window: its refusals then answer 429 and write nothing. The "
                    + "answer must not be cached (Cache-Control: no-store).")
    @APIResponse(responseCode = "200", description = "The text in clear",
            content = @Content(schema = @Schema(implementation = RevealedNotesView.class)))
    @APIResponse(responseCode = "400", description = "No purpose, or one not in the list, or an unknown part, with "
            + "the field named")
    @APIResponse(responseCode = "403", description = "The caller's role, or a machine client, is not given the text; "
            + "or a supervisor's agency does not lead the case")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope")
    @APIResponse(responseCode = "429", description = "Too many of the caller's reveals were refused lately; "
            + "Retry-After says when to try again",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response reveal(@PathParam("reference") String reference, @NotNull @Valid NoteRevealRequest request) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(RevealedNotesView.of(reveals.reveal(reference, request.purpose(), request.partsAsked())))
                .cacheControl(noStore).build();
    }
}
