package org.youthjustice.worker.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.worker.service.CaseloadService;
import org.youthjustice.worker.service.CaseloadService.AgencyCaseload;
import org.youthjustice.worker.service.CaseloadService.CaseloadSort;

import java.util.Optional;

@Path("/caseloads")
@Tag(name = "Caseloads", description = "Cases per worker from case-service's events, weighted load and capacity")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    @Inject
    CaseloadService caseloads;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Caseloads per worker",
            description = "Admins see every worker, supervisors their agency's, each with every case of the worker. "
                    + "Procurement officers read /caseloads/agencies instead.")
    @APIResponse(responseCode = "200", description = "A page of caseloads")
    @APIResponse(responseCode = "400", description = "Invalid filter, sort or page")
    public Page<CaseloadView> list(
            @QueryParam("agency") @Parameter(description = "Credit code of the workers' agency") String agency,
            @QueryParam("site") @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
            @Parameter(description = "Workers posted at this site today") String site,
            @QueryParam("sort") @DefaultValue("-utilisation")
            @Pattern(regexp = "-utilisation|utilisation|workerId",
                    message = "must be -utilisation, utilisation or workerId")
            @Parameter(description = "-utilisation (default, most loaded first), utilisation or workerId") String sort,
            @Valid @BeanParam PageRequest page) {
        return caseloads.list(Optional.ofNullable(agency), Optional.ofNullable(site), CaseloadSort.of(sort), page)
                .map(CaseloadView::of);
    }

    @GET
    @Path("agencies")
    @RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Caseload figures per agency",
            description = "Workers, cases, weighted load, capacity and utilisation of each agency, without any "
                    + "worker or case in them. Admins and procurement officers see every agency, supervisors their "
                    + "own.")
    @APIResponse(responseCode = "200", description = "A page of agency figures, by credit code")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<AgencyCaseload> agencies(
            @QueryParam("agency") @Parameter(description = "Credit code of one agency") String agency,
            @Valid @BeanParam PageRequest page) {
        return caseloads.agencies(Optional.ofNullable(agency), page);
    }
}
