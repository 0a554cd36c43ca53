package org.youthjustice.worker.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.worker.domain.Agency;
import org.youthjustice.worker.domain.AgencyStatus;
import org.youthjustice.worker.service.AgencyService;

import java.util.Optional;

@Path("/agencies")
@Tag(name = "Agencies", description = "Social-work agencies bought by the government")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    AgencyService agencies;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an agency", description = "Admins only. Publishes agency.registered.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "An agency with this credit code is already registered, or the "
                    + "Idempotency-Key was used with another request")
    public Response register(@HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
            IdempotencyKey idempotencyKey,
            @NotNull @Valid RegisterAgencyRequest request, @Context UriInfo uri) {
        Agency agency = idempotency.once(idempotencyKey, request,
                () -> agencies.register(request.creditCode(), request.name(), request.region()),
                created -> created.creditCode, agencies::find);
        return Response.created(uri.getAbsolutePathBuilder().path(agency.creditCode).build())
                .entity(AgencyView.of(agency)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT_OFFICER, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER,
            Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(summary = "List agencies",
            description = "Workers and supervisors see their own agency; officers and admins see all.")
    @APIResponse(responseCode = "200", description = "A page of agencies, sorted by name")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<AgencyView> list(
            @QueryParam("region") @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a six-digit GB/T 2260 division code") String region,
            @QueryParam("status") AgencyStatus status,
            @Valid @BeanParam PageRequest page) {
        return agencies.list(Optional.ofNullable(region), Optional.ofNullable(status), page).map(AgencyView::of);
    }

    @GET
    @Path("{creditCode}")
    @RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT_OFFICER, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER,
            Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER})
    @Operation(summary = "One agency",
            description = "Workers and supervisors see their own agency; officers and admins see any.")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "No such agency in the caller's scope")
    public AgencyView get(@PathParam("creditCode") String creditCode) {
        return AgencyView.of(agencies.find(creditCode));
    }
}
