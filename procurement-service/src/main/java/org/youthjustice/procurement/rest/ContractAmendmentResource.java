package org.youthjustice.procurement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.youthjustice.procurement.service.ContractAmendments;
import org.youthjustice.procurement.service.Contracts;

import java.util.OptionalInt;
import java.util.UUID;

@Path("/contracts/{id}")
@Tag(name = "Contracts")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ContractAmendmentResource {

    @Inject
    Contracts contracts;

    @Inject
    ContractAmendments amendments;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Path("amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "Amend a contract's terms",
            description = "Procurement officers of the purchaser and admins; needs If-Match with the contract's "
                    + "ETag. Writes the next terms version with its reason; changes lists what differs (PERIOD, "
                    + "POSTS, BUDGET, SITES). The funding must still add up to the budget. Publishes "
                    + "contract.amended once the contract is awarded.")
    @APIResponse(responseCode = "201", description = "The amendment, with the contract's new ETag; also the answer "
            + "to a retry with the same Idempotency-Key and body",
            content = @Content(schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "No such contract in the caller's scope")
    @APIResponse(responseCode = "409", description = "The contract is CLOSED or TERMINATED, or the "
            + "Idempotency-Key was used with another request")
    @APIResponse(responseCode = "412", description = "The contract changed since the ETag was read")
    @APIResponse(responseCode = "422", description = "Nothing changes (changes), fundingSources that do not add "
            + "up to the budget, or a periodEnd before the start or more than five years after it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                          IdempotencyKey idempotencyKey,
                          @NotNull @Valid AmendmentRequest request, @Context UriInfo uri) {
        OptionalInt expected = EntityTags.required(ifMatch);
        Contracts.AmendedTerms amended = idempotency.once(idempotencyKey, request,
                () -> amendments.amend(id, expected, request.toAmendment()),
                created -> Integer.toString(created.number()), number -> contracts.amendment(id,
                        Integer.parseInt(number)));
        long revision = contracts.details(id).contract().revision;
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(amended.number())).build())
                .tag(EntityTags.of(Math.toIntExact(revision))).entity(AmendmentView.of(amended)).build();
    }

    @GET
    @Path("amendments")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A contract's amendments", description = "First first. " + ContractResource.READERS_NOTE)
    @APIResponse(responseCode = "200", description = "A page of amendments")
    @APIResponse(responseCode = "400", description = "Invalid page")
    @APIResponse(responseCode = "404", description = "No such contract in the caller's scope")
    public Page<AmendmentView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return Page.slice(contracts.amendments(id), page).map(AmendmentView::of);
    }

    @GET
    @Path("amendments/{number}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One amendment", description = ContractResource.READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The amendment",
            content = @Content(schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "404", description = "No such contract in the caller's scope, or no such amendment")
    public AmendmentView get(@PathParam("id") UUID id, @PathParam("number") int number) {
        return AmendmentView.of(contracts.amendment(id, number));
    }

    @GET
    @Path("versions/{version}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One version of a contract's terms",
            description = "1 as drafted, each later one made by an amendment. " + ContractResource.READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The terms of that version",
            content = @Content(schema = @Schema(implementation = TermsVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such contract in the caller's scope, or no such version")
    public TermsVersionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return TermsVersionView.of(contracts.version(id, version));
    }
}
