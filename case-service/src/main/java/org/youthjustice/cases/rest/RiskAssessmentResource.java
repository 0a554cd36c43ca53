package org.youthjustice.cases.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.cases.domain.RiskAssessment;
import org.youthjustice.cases.service.NoteDisclosure;
import org.youthjustice.cases.service.RiskAssessments;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;

@Path("/cases/{reference}/risk-assessments")
@Tag(name = "Risk", description = "Risk assessments of a case over time; the latest sets its risk level and visits")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role may not do this (court officers and auditors "
        + "never see a case's tracking)")
@APIResponse(responseCode = "404", description = "No such case in the caller's scope")
public class RiskAssessmentResource {

    @Inject
    RiskAssessments assessments;

    @Inject
    IdentityCipher cipher;

    @Inject
    NoteDisclosure notes;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "Assess the risk of a case",
            description = "The case's lead social worker, judicial officers of its office, admins. The case must be "
                    + "accepted and not closed. Sets the case's risk level; publishes risk.changed when the level "
                    + "changes; for an ACTIVE case, the next visit is scheduled one interval of the new level from "
                    + "today (replacing the open one, visit.scheduled).")
    @APIResponse(responseCode = "201", description = "Assessed",
            content = @Content(schema = @Schema(implementation = RiskAssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The case is not accepted yet or closed (caseStatus names its "
            + "status), or the Idempotency-Key was used with another request")
    public Response assess(@PathParam("reference") String reference,
                           @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                           IdempotencyKey idempotencyKey,
                           @NotNull @Valid RiskAssessmentRequest request) {
        var assessment = idempotency.once(idempotencyKey, request,
                () -> assessments.assess(reference, request.level(), request.factors(), request.note()),
                created -> Long.toString(created.id), id -> assessments.find(reference, Long.parseLong(id)));
        return Response.status(Response.Status.CREATED).entity(RiskAssessmentView.of(assessment, cipher)).build();
    }

    @GET
    @RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.ADMIN})
    @Operation(summary = "A case's risk assessments", description = "Newest first. The lead worker, supervisors of "
            + "its agency, judicial officers of its office, admins. The note is in clear for the lead worker only; "
            + "other readers get it null, named in withheld, and read it with POST /cases/{reference}/note-reveals "
            + "(audited).")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<RiskAssessmentView> history(@PathParam("reference") String reference,
                                            @Valid @BeanParam PageRequest page) {
        Page<RiskAssessment> found = assessments.history(reference, page);
        return notes.inClear(reference) ? found.map(a -> RiskAssessmentView.of(a, cipher))
                : found.map(WithheldNotes::riskAssessment);
    }
}
