package org.youthjustice.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceType;
import org.youthjustice.procurement.service.ContractStatistics;

import java.util.Optional;

@Path("/contract-statistics")
@Tag(name = "Contract statistics", description = "Contracts, posts, budget and burn by city and service type")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ContractStatisticsResource {

    @Inject
    ContractStatistics statistics;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Totals by city and service type",
            description = "Contracts that have left DRAFT, grouped by city (the purchaser's region code cut to its "
                    + "first four digits and 00) and service type: contracts, funded posts and budget of the current "
                    + "terms, paid total and burn (paid ÷ budget, per cent to two decimals, half up); sorted by city "
                    + "and service type. Officers of a province's department see the province, other officers their "
                    + "department, auditors and admins everything.")
    @APIResponse(responseCode = "200", description = "A page of totals")
    @APIResponse(responseCode = "400", description = "An unknown service type or status (DRAFT is never counted), "
            + "or a page out of range, named")
    public Page<ContractStatisticsView> totals(
            @QueryParam("serviceType") @Parameter(description = "JUDICIAL_SOCIAL_WORK or YOUTH_AFFAIRS_SOCIAL_WORK")
            @Pattern(regexp = "JUDICIAL_SOCIAL_WORK|YOUTH_AFFAIRS_SOCIAL_WORK",
                    message = "must be JUDICIAL_SOCIAL_WORK or YOUTH_AFFAIRS_SOCIAL_WORK") String serviceType,
            @QueryParam("status") @Parameter(description = "AWARDED, ACTIVE, CLOSED or TERMINATED")
            @Pattern(regexp = "AWARDED|ACTIVE|CLOSED|TERMINATED",
                    message = "must be AWARDED, ACTIVE, CLOSED or TERMINATED") String status,
            @Valid @BeanParam PageRequest page) {
        return Page.slice(statistics.totals(Optional.ofNullable(serviceType).map(ServiceType::valueOf),
                Optional.ofNullable(status).map(ContractStatus::valueOf)), page).map(ContractStatisticsView::of);
    }
}
