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
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.service.ContractEvaluations;

import java.util.UUID;

@Path("/contracts/{id}/evaluations")
@Tag(name = "Evaluations", description = "Third-party performance evaluations of a contract and what follows")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such contract (or evaluation) in the caller's scope")
public class EvaluationResource {

    @Inject
    ContractEvaluations evaluations;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "Record a performance evaluation",
            description = "Procurement officers of the purchasing department, admins; the contract ACTIVE or CLOSED. "
                    + "The five indicators each exactly once with whole weights adding up to 100 (else 422 naming "
                    + "indicators); score = Σ weight × score ÷ 100, half up to two decimals; rated EXCELLENT ≥ 90, "
                    + "GOOD ≥ 80, QUALIFIED ≥ 60, else UNQUALIFIED. Below GOOD a rectification plan is required (422 "
                    + "naming rectificationPlan). UNQUALIFIED withholds the contract's next instalment until a later "
                    + "evaluation rates QUALIFIED or better, and bars the provider from new awards until "
                    + "evaluatedOn + yjs.evaluation.award-bar (barredUntil). Publishes evaluation.completed.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The contract is not ACTIVE or CLOSED, or the Idempotency-Key "
            + "was used with another request")
    @APIResponse(responseCode = "422", description = "Indicators not each once or weights not adding up to 100, no "
            + "rectification plan below GOOD, or evaluated on a day to come")
    public Response evaluate(@PathParam("id") UUID id,
                             @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                             IdempotencyKey idempotencyKey,
                             @NotNull @Valid EvaluationRequest request, @Context UriInfo uri) {
        ContractEvaluation evaluation = idempotency.once(idempotencyKey, request,
                () -> evaluations.evaluate(id, request.toNewEvaluation()), created -> created.id.toString(),
                evaluationId -> evaluations.evaluation(id, UUID.fromString(evaluationId)));
        return Response.created(uri.getAbsolutePathBuilder().path(evaluation.id.toString()).build())
                .entity(view(evaluation)).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A contract's evaluations",
            description = "Oldest first. Readers of the contract: officers of the purchasing department, supervisors "
                    + "of the provider agency, auditors, admins.")
    @APIResponse(responseCode = "200", description = "A page of evaluations")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<EvaluationView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return evaluations.evaluations(id, page).map(this::view);
    }

    @GET
    @Path("{evaluationId}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One evaluation", description = "As in the contract's evaluations; for its readers.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public EvaluationView get(@PathParam("id") UUID id, @PathParam("evaluationId") UUID evaluationId) {
        return view(evaluations.evaluation(id, evaluationId));
    }

    private EvaluationView view(ContractEvaluation evaluation) {
        return EvaluationView.of(evaluation, evaluations.withholds(evaluation));
    }
}
