package org.youthjustice.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.procurement.service.ProviderAgencies;

import java.util.Optional;

@Path("/provider-agencies")
@Tag(name = "Provider agencies",
        description = "Social-work agencies that may be awarded contracts, as worker-service announced them")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderAgencyResource {

    @Inject
    ProviderAgencies providers;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List provider agencies",
            description = "Procurement officers, auditors and admins; the agencies known from agency.registered, "
                    + "sorted by name.")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<ProviderAgencyView> list(
            @QueryParam("regionCode") @Pattern(regexp = "[1-9][0-9]{5}",
                    message = "must be a six-digit GB/T 2260 division code") String regionCode,
            @Valid @BeanParam PageRequest page) {
        return providers.list(Optional.ofNullable(regionCode), page).map(ProviderAgencyView::of);
    }

    @GET
    @Path("{creditCode}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One provider agency", description = "Procurement officers, auditors and admins.")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(schema = @Schema(implementation = ProviderAgencyView.class)))
    @APIResponse(responseCode = "404", description = "No such agency known (yet)")
    public ProviderAgencyView get(@PathParam("creditCode") String creditCode) {
        return ProviderAgencyView.of(providers.find(creditCode));
    }
}
