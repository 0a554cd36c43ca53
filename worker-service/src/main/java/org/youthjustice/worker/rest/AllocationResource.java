package org.youthjustice.worker.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.worker.service.AllocationService;
import org.youthjustice.worker.service.AllocationService.Recommendation;

import java.util.List;

@Path("/allocations")
@Tag(name = "Allocation", description = "Which workers could take a new case, and why")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    AllocationService allocation;

    @POST
    @Path("recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.AGENCY_SUPERVISOR})
    @Operation(summary = "Recommend workers for a new case",
            description = "Active workers posted today at the office or elsewhere in its city, with free weighted "
                    + "capacity for the case and, for a correction case, a qualification valid today; ranked by "
                    + "posting at the office, matching specialisations, free capacity, qualification level, each "
                    + "with its reasons. Judicial officers ask for their own office, supervisors get their "
                    + "agency's workers. A candidate carries its figures (weighted load, capacity, free capacity), "
                    + "never one of its cases. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The candidates, best first (possibly none)",
            content = @Content(schema = @Schema(implementation = RecommendationsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    public RecommendationsView recommend(@NotNull @Valid RecommendationRequest request) {
        List<Recommendation> candidates = allocation.recommend(request.toNewCase(), request.limitOrDefault());
        return new RecommendationsView(request.officeCode(), request.caseType().name(),
                request.riskLevel() == null ? null : request.riskLevel().name(), candidates);
    }

    /** The request's case and the ranked candidates. */
    public record RecommendationsView(String officeCode, String caseType, String riskLevel,
                                      List<Recommendation> candidates) {
    }
}
