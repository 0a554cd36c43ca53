package org.youthjustice.procurement.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.procurement.ocds.Ocds;
import org.youthjustice.procurement.service.OcdsPublication;

import java.util.UUID;

/**
 * A contract in the Open Contracting Data Standard (OCDS 1.1), once it has left DRAFT: open to every authenticated
 * caller and partner system, as contracting data is public; organisations, amounts and dates only.
 */
@Tag(name = "Open contracting", description = "Published contracts as OCDS 1.1 release packages")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Path("/contracts/{id}/ocds")
public class ContractOcdsResource {

    @Inject
    OcdsPublication publication;

    @GET
    @Authenticated
    @Operation(summary = "A contract's OCDS releases",
            description = "Any authenticated caller. An OCDS 1.1 release package of every release of the contract: "
                    + "tender, award (and its updates), contract (and its amendments), implementation (each paid "
                    + "instalment as a transaction), termination; oldest first, each id stable. No person appears.")
    @APIResponse(responseCode = "200", description = "The release package",
            content = @Content(schema = @Schema(implementation = Ocds.ReleasePackage.class)))
    @APIResponse(responseCode = "404", description = "No such contract, or it is still a draft (drafts are not published)")
    public Ocds.ReleasePackage contract(@PathParam("id") UUID id, @Context UriInfo uri) {
        return publication.contract(id, uri.getRequestUri());
    }
}
