package org.youthjustice.procurement.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.procurement.ocds.Ocds;
import org.youthjustice.procurement.service.OcdsPublication;

/**
 * Every contract that has left DRAFT in the Open Contracting Data Standard (OCDS 1.1): open to every authenticated
 * caller and partner system, as contracting data is public; organisations, amounts and dates only.
 */
@Tag(name = "Open contracting", description = "Published contracts as OCDS 1.1 release packages")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@Path("/ocds/releases")
public class OcdsReleasesResource {

    @Inject
    OcdsPublication publication;

    @GET
    @Authenticated
    @Operation(summary = "Every published contract, compiled",
            description = "Any authenticated caller. A page of an OCDS 1.1 release package holding each published "
                    + "contract's compiled release (its current state, merged from its releases), in the order the "
                    + "contracts were drafted; page, size and total beside the releases. A page past the last has no "
                    + "releases.")
    @APIResponse(responseCode = "200", description = "A page of the release package",
            content = @Content(schema = @Schema(implementation = Ocds.ReleasePackage.class)))
    @APIResponse(responseCode = "400", description = "A page or size out of range, named")
    public Ocds.ReleasePackage releases(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return publication.page(page, uri.getRequestUri());
    }
}
