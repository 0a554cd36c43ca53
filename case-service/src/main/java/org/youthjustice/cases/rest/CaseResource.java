package org.youthjustice.cases.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.SealedReadPurpose;
import org.youthjustice.cases.service.CaseIdentity;
import org.youthjustice.cases.service.CaseReferrals;
import org.youthjustice.cases.service.CaseSealing;
import org.youthjustice.cases.service.CaseSort;
import org.youthjustice.cases.service.CaseTransitions;
import org.youthjustice.cases.service.Caseload;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageCursor;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.EntityTags;

import java.util.List;
import java.util.Optional;

@Path("/cases")
@Tag(name = "Cases", description = "Correction and prevention cases of juveniles; personal data masked")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final String READERS_NOTE = "Admins read all cases, judicial officers those of their office, "
            + "court officers those their court referred, social workers the cases they lead, agency supervisors "
            + "the cases their agency's workers lead and the open unassigned cases of the offices their agency "
            + "serves today. Auditors are refused.";

    @Inject
    Caseload cases;

    @Inject
    CaseReferrals referrals;

    @Inject
    CaseTransitions transitions;

    @Inject
    Caller caller;

    @Inject
    CaseIdentity identity;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    CaseSealing sealing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT_OFFICER)
    @Operation(summary = "Refer a juvenile",
            description = "Court officers and partner systems of a court (role court-officer with a court_code): "
                    + "their court becomes the referring court. The case starts REFERRED with a pseudonymous "
                    + "reference. A juvenile with an open case is not referred again: 409, with existingReference "
                    + "when the caller's court referred that case and nothing of it otherwise; once the caller has "
                    + "had too many referrals of other courts' juveniles refused lately, a referral meeting an open "
                    + "case answers 429 with Retry-After. Publishes case.referred.")
    @APIResponse(responseCode = "201", description = "Referred; also the answer to a retry with the same "
            + "Idempotency-Key and body", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The juvenile has an open case (existingReference names it "
            + "when the caller's court referred it), or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "422", description = "Not a juvenile (18 or older at the offence), or a region "
            + "that is not a district served")
    @APIResponse(responseCode = "429", description = "Too many of the caller's referrals met another court's open "
            + "case lately; Retry-After says when to try again",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response refer(@HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                          IdempotencyKey idempotencyKey,
                          @NotNull @Valid ReferCaseRequest request, @Context UriInfo uri) {
        JuvenileCase c = idempotency.once(idempotencyKey, request, () -> referrals.refer(request.toNewReferral()),
                created -> created.reference, cases::find);
        return Response.created(uri.getAbsolutePathBuilder().path(c.reference).build())
                .tag(EntityTags.of(c.version)).entity(view(c)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER, Roles.AGENCY_SUPERVISOR,
            Roles.SOCIAL_WORKER})
    @Operation(summary = "List cases", description = READERS_NOTE + " The total is exact up to 1000 cases; beyond, "
            + "it says 1000 with totalExact false. Every page but the last gives next, the cursor of the page after "
            + "it.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Invalid filter, sort or page")
    public Page<CaseView> list(@Valid @BeanParam CaseFilterParams filter,
                               @QueryParam("sort")
                               @Pattern(regexp = CaseSort.PATTERN, message = CaseSort.MESSAGE)
                               @Parameter(description = "Default -createdAt (newest first)") String sort,
                               @Valid @BeanParam PageRequest page,
                               @QueryParam("after")
                               @Pattern(regexp = PageCursor.PATTERN, message = PageCursor.MESSAGE)
                               @Parameter(description = "The next of the page before, to read the page after it "
                                       + "(with the same filters and sort; page must then be 0): a deep page costs "
                                       + "what the first does") String after) {
        return cases.list(filter.toFilter(), CaseSort.parse(sort), page, Optional.ofNullable(after))
                .map(this::view);
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER, Roles.AGENCY_SUPERVISOR,
            Roles.SOCIAL_WORKER})
    @Operation(summary = "One case", description = "With its ETag, for a later transition. " + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "A purpose not in the list")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope, or a sealed case read "
            + "without a purpose or without a legal basis")
    public Response get(@PathParam("reference") String reference,
                        @QueryParam("purpose")
                        @Parameter(description = "Required to read a sealed case: judicial officers of the office "
                                + "and admins only, audited as SEALED_CASE_READ; a machine client stating one is "
                                + "refused (403, audited as SEALED_CASE_READ_REFUSED) whether the case is sealed or "
                                + "not") SealedReadPurpose purpose) {
        JuvenileCase c = purpose == null ? cases.find(reference) : sealing.read(reference, purpose);
        return Response.ok(view(c)).tag(EntityTags.of(c.version)).build();
    }

    @POST
    @Path("{reference}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER})
    @Operation(summary = "Move a case to another status",
            description = "Judicial officers of the case's office and admins; needs If-Match with the ETag read. "
                    + "REFERRED → INTAKE → ACTIVE ⇄ SUSPENDED → CLOSED; closing (from ACTIVE or SUSPENDED) needs "
                    + "a closureReason. Publishes case.status-changed, and case.closed when closing.")
    @APIResponse(responseCode = "200", description = "The case in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; allowed lists the "
            + "statuses that are")
    @APIResponse(responseCode = "412", description = "The case changed since the ETag was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transition(@PathParam("reference") String reference,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionRequest request) {
        JuvenileCase c = transitions.transition(reference, EntityTags.required(ifMatch), request.to(), request.reason(),
                request.closureReason());
        return Response.ok(view(c)).tag(EntityTags.of(c.version)).build();
    }

    @GET
    @Path("{reference}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.JUDICIAL_OFFICER})
    @Operation(summary = "A case's status history", description = "Oldest first: who moved it, when, why.")
    @APIResponse(responseCode = "200", description = "The transitions")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope")
    public List<TransitionView> history(@PathParam("reference") String reference) {
        return transitions.history(reference).stream().map(TransitionView::of).toList();
    }

    private CaseView view(JuvenileCase c) {
        boolean referringCourtOnly = caller.hasRole(Roles.COURT_OFFICER) && !caller.hasAnyRole(Roles.ADMIN,
                Roles.JUDICIAL_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER);
        return referringCourtOnly ? CaseView.referralOf(c, identity.masked(c)) : CaseView.of(c, identity.masked(c));
    }
}
