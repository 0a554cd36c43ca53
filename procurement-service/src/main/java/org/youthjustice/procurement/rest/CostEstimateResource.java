package org.youthjustice.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.procurement.domain.CostEstimate;
import org.youthjustice.procurement.service.CostEstimates;

import java.util.UUID;

@Path("/cost-estimates")
@Tag(name = "Cost model", description = "Posts and budget for a planned purchase of social-work services")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CostEstimateResource {

    @Inject
    CostEstimates estimates;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "Estimate posts and budget",
            description = "Posts = clients ÷ ratio, rounded up; budget = posts × unit cost × months ÷ 12.")
    @APIResponse(responseCode = "201", description = "The estimate, kept so that a contract can cite it",
            content = @Content(schema = @Schema(implementation = CostEstimateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another request")
    @APIResponse(responseCode = "422", description = "The period is shorter than a month or longer than five years")
    public Response estimate(@HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                             IdempotencyKey idempotencyKey,
                             @NotNull @Valid CostEstimateRequest request, @Context UriInfo uri) {
        CostEstimate estimate = idempotency.once(idempotencyKey, request,
                () -> estimates.estimate(request.expectedClients(), request.clientRatio(),
                        request.unitCostPerPostYear(), request.periodStart(), request.periodEnd()),
                created -> created.id.toString(), id -> estimates.get(UUID.fromString(id)));
        return Response.created(uri.getAbsolutePathBuilder().path(estimate.id.toString()).build())
                .entity(CostEstimateView.of(estimate)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "One kept estimate",
            description = "Procurement officers and admins; as it was computed, with its inputs.")
    @APIResponse(responseCode = "200", description = "The estimate",
            content = @Content(schema = @Schema(implementation = CostEstimateView.class)))
    @APIResponse(responseCode = "404", description = "No such estimate")
    public CostEstimateView get(@PathParam("id") UUID id) {
        return CostEstimateView.of(estimates.get(id));
    }
}
