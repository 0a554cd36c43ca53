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
import org.youthjustice.cases.service.IdentityReveals;
import org.youthjustice.platform.caller.Roles;

@Path("/cases/{reference}/identity-reveals")
@Tag(name = "Identity reveals", description = "A juvenile's identity in clear, for a stated purpose, audited")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityRevealResource {

    @Inject
    IdentityReveals reveals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // Every role reaches the service, which refuses all but judicial officers and lead workers itself: so that the
    // refusal of a role is audited like the others (IdentityReveals), which a refusal by @RolesAllowed could not be.
    @RolesAllowed({Roles.JUDICIAL_OFFICER, Roles.SOCIAL_WORKER, Roles.ADMIN, Roles.COURT_OFFICER,
            Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.PROCUREMENT_OFFICER, Roles.PARTNER_SYSTEM})
    @Operation(summary = "Reveal the juvenile's identity",
            description = "A judicial officer of the supervising office gets the whole identity for any purpose; the "
                    + "case's lead social worker gets the contact details (name, phone, address, guardians) for "
                    + "HOME_VISIT_CONTACT or GUARDIAN_CONTACT while the case is not closed. Everyone else is refused, "
                    + "and so is every machine client (a partner-system or service-account token), whatever roles it "
                    + "holds. Each reveal writes an "
                    + "IDENTITY_REVEALED audit row, each refusal concerning an existing case (403, or 404 when it is "
                    + "outside the caller's scope) an IDENTITY_REVEAL_REFUSED row, until a caller that could never "
                    + "reveal the case has had its budget of such rows within the window: its refusals then answer "
                    + "429 and write nothing. The answer must not be cached (Cache-Control: no-store).")
    @APIResponse(responseCode = "200", description = "The identity in clear",
            content = @Content(schema = @Schema(implementation = RevealedIdentityView.class)))
    @APIResponse(responseCode = "400", description = "No purpose, or one not in the list, with the field named")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope")
    @APIResponse(responseCode = "429", description = "Too many of the caller's reveals were refused lately; "
            + "Retry-After says when to try again",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response reveal(@PathParam("reference") String reference, @NotNull @Valid RevealRequest request) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(RevealedIdentityView.of(reveals.reveal(reference, request.purpose())))
                .cacheControl(noStore).build();
    }
}
