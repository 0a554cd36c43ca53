package org.youthjustice.cases.rest;

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
import org.youthjustice.cases.domain.RegionLevel;
import org.youthjustice.cases.service.RegionCatalogue;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;

import java.util.Optional;

/**
 * The GB/T 2260 divisions cases are filed under, for forms and partner systems. Everyone who works with cases
 * reads them; auditors, who read audit trails only, do not.
 */
@Path("/regions")
@Tag(name = "Regions", description = "Administrative divisions served by the platform")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER,
        Roles.PROCUREMENT_OFFICER, Roles.PARTNER_SYSTEM, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "The caller's role may not read this")
public class RegionResource {

    private static final String DIVISION_CODE = "[1-9][0-9]{5}";

    @Inject
    RegionCatalogue regions;

    @GET
    @Operation(summary = "List divisions", description = "Sorted by code; filter by level or parent division.")
    @APIResponse(responseCode = "200", description = "A page of divisions")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<RegionView> list(@QueryParam("level") RegionLevel level,
            @QueryParam("parent") @Pattern(regexp = DIVISION_CODE, message = "must be a six-digit GB/T 2260 division code") String parent,
            @Valid @BeanParam PageRequest page) {
        return regions.list(Optional.ofNullable(level), Optional.ofNullable(parent), page).map(RegionView::of);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One division", description = "A province, city or district by its six-digit GB/T 2260 "
            + "code, with its parent; any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The division",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "404", description = "Not a division served by the platform")
    public RegionView get(@PathParam("code") String code) {
        return RegionView.of(regions.get(code));
    }
}
