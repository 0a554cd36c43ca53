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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.service.CaseIdentity;
import org.youthjustice.cases.service.CaseSealing;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.EntityTags;

@Path("/cases/{reference}/seal")
@Tag(name = "Sealing", description = "Sealing closed juvenile records (CPL art. 286)")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class SealResource {

    @Inject
    CaseSealing sealing;

    @Inject
    CaseIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER})
    @Operation(summary = "Seal a closed case",
            description = "Judicial officers of the case's office and admins, never a machine client (a "
                    + "partner-system or service-account token) whatever roles it holds: 403, audited as "
                    + "CASE_SEAL_REFUSED. From then on the case is in no list, "
                    + "search or lookup for anyone, and GET /cases/{reference} finds it only with a purpose, for "
                    + "judicial officers of the office and admins (audited as SEALED_CASE_READ). Publishes "
                    + "case.sealed; audited as CASE_SEALED.")
    @APIResponse(responseCode = "200", description = "The sealed case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or one too long, with the field named")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope")
    @APIResponse(responseCode = "409", description = "The case is not closed (caseStatus names its status), or "
            + "is sealed already")
    public Response seal(@PathParam("reference") String reference, @NotNull @Valid SealRequest request) {
        JuvenileCase c = sealing.seal(reference, request.reason());
        return Response.ok(CaseView.of(c, identity.masked(c))).tag(EntityTags.of(c.version)).build();
    }
}
