package org.youthjustice.procurement.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
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
import org.youthjustice.platform.problem.EntityTags;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.ServiceType;
import org.youthjustice.procurement.service.ContractDetails;
import org.youthjustice.procurement.service.ContractDrafting;
import org.youthjustice.procurement.service.ContractFilter;
import org.youthjustice.procurement.service.ContractTransitions;
import org.youthjustice.procurement.service.Contracts;

import java.util.Optional;
import java.util.UUID;

@Path("/contracts")
@Tag(name = "Contracts", description = "Government service-purchase contracts: terms, status, amendments")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    static final String READERS_NOTE = "Procurement officers read their department's contracts, agency supervisors "
            + "their agency's, auditors and admins all; another's contract answers 404.";

    @Inject
    Contracts contracts;

    @Inject
    ContractDrafting drafting;

    @Inject
    ContractTransitions transitions;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "Draft a contract",
            description = "Procurement officers for their own department (another department: 403), admins for "
                    + "any. The contract starts DRAFT with its terms as version 1; unit cost and client ratio default "
                    + "to the cost model's. Amounts are CNY with at most two decimals, kept exactly.")
    @APIResponse(responseCode = "201", description = "Drafted, with its ETag; also the answer to a retry with the "
            + "same Idempotency-Key and body", content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named (a funding source or a "
            + "site named twice too)")
    @APIResponse(responseCode = "409", description = "The number is taken, or the Idempotency-Key was used with "
            + "another request")
    @APIResponse(responseCode = "422", description = "Unknown purchaserCode, a providerCode not known (yet) from "
            + "agency.registered, fundingSources that do not add up to the budget, or a periodEnd before the start "
            + "or more than five years after it")
    public Response draft(@HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                          IdempotencyKey idempotencyKey,
                          @NotNull @Valid DraftContractRequest request, @Context UriInfo uri) {
        ServiceContract c = idempotency.once(idempotencyKey, request, () -> drafting.draft(request.toNewContract()),
                created -> created.id.toString(), id -> contracts.details(UUID.fromString(id)).contract());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(EntityTags.of(Math.toIntExact(c.revision))).entity(ContractView.of(contracts.details(c)))
                .build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List contracts", description = "Newest first, then by number. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "A page of contracts")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<ContractView> list(
            // as text, so that an unknown value is refused naming the parameter (platform-problem names no enum)
            @QueryParam("status") @Parameter(description = "DRAFT, AWARDED, ACTIVE, CLOSED or TERMINATED")
            @Pattern(regexp = "DRAFT|AWARDED|ACTIVE|CLOSED|TERMINATED",
                    message = "must be DRAFT, AWARDED, ACTIVE, CLOSED or TERMINATED") String status,
            @QueryParam("serviceType") @Parameter(description = "JUDICIAL_SOCIAL_WORK or YOUTH_AFFAIRS_SOCIAL_WORK")
            @Pattern(regexp = "JUDICIAL_SOCIAL_WORK|YOUTH_AFFAIRS_SOCIAL_WORK",
                    message = "must be JUDICIAL_SOCIAL_WORK or YOUTH_AFFAIRS_SOCIAL_WORK") String serviceType,
            @QueryParam("purchaserCode") @Pattern(regexp = "DP-[0-9A-Z-]{2,36}",
                    message = "must be DP- and 2 to 36 capitals, digits or hyphens") String purchaserCode,
            @QueryParam("providerCode") @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}",
                    message = "must be a unified social-credit code") String providerCode,
            @QueryParam("site") @Parameter(description = "A site the terms in force serve")
            @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE) String site,
            @Valid @BeanParam PageRequest page) {
        ContractFilter filter = new ContractFilter(Optional.ofNullable(status).map(ContractStatus::valueOf),
                Optional.ofNullable(serviceType).map(ServiceType::valueOf),
                Optional.ofNullable(purchaserCode), Optional.ofNullable(providerCode), Optional.ofNullable(site));
        return contracts.list(filter, page).map(ContractView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One contract", description = "With its ETag, for a later transition or amendment. "
            + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "No such contract in the caller's scope")
    public Response get(@PathParam("id") UUID id) {
        ContractDetails details = contracts.details(id);
        return Response.ok(ContractView.of(details))
                .tag(EntityTags.of(Math.toIntExact(details.contract().revision))).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "Move a contract to another status",
            description = "Procurement officers of the purchaser and admins; needs If-Match with the ETag read. "
                    + "DRAFT → AWARDED → ACTIVE → CLOSED, and TERMINATED from any but CLOSED; the reason is kept "
                    + "with who and when. Publishes contract.awarded, contract.activated, contract.closed or "
                    + "contract.terminated.")
    @APIResponse(responseCode = "200", description = "The contract in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "No such contract in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; allowed lists the "
            + "statuses that are")
    @APIResponse(responseCode = "412", description = "The contract changed since the ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionRequest request) {
        ServiceContract c = transitions.transition(id, EntityTags.required(ifMatch), request.to(), request.reason());
        return Response.ok(ContractView.of(contracts.details(c))).tag(EntityTags.of(Math.toIntExact(c.revision)))
                .build();
    }
}
