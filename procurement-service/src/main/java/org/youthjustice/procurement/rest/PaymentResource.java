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
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.service.ContractPayments;

import java.util.UUID;

@Path("/contracts/{id}/payments")
@Tag(name = "Payments", description = "A contract's payment in instalments tied to milestones, within its budget")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such contract (or payment) in the caller's scope")
public class PaymentResource {

    @Inject
    ContractPayments payments;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "Plan an instalment",
            description = "Procurement officers of the purchasing department, admins; the contract DRAFT, AWARDED or "
                    + "ACTIVE. Instalments are numbered 1, 2, 3 in the order planned; the planned total stays within "
                    + "the budget of the terms in force (422 naming plannedAmount, with what remains unplanned).")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The contract is CLOSED or TERMINATED, or the Idempotency-Key "
            + "was used with another request")
    @APIResponse(responseCode = "422", description = "The planned total would exceed the budget")
    public Response plan(@PathParam("id") UUID id,
                         @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                         IdempotencyKey idempotencyKey,
                         @NotNull @Valid PaymentPlanRequest request, @Context UriInfo uri) {
        ContractPayment payment = idempotency.once(idempotencyKey, request,
                () -> payments.plan(id, request.toNewPayment()), created -> created.id.toString(),
                paymentId -> payments.instalment(id, UUID.fromString(paymentId)).payment());
        return Response.created(uri.getAbsolutePathBuilder().path(payment.id.toString()).build())
                .entity(PaymentView.of(payments.instalment(id, payment.id))).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A contract's instalments",
            description = "In order of instalment, each PLANNED, PAID or WITHHELD. Readers of the contract: officers "
                    + "of the purchasing department, supervisors of the provider agency, auditors, admins.")
    @APIResponse(responseCode = "200", description = "A page of instalments")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<PaymentView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return payments.instalments(id, page).map(PaymentView::of);
    }

    @GET
    @Path("{paymentId}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.AGENCY_SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One instalment", description = "As in the contract's instalments; for its readers.")
    @APIResponse(responseCode = "200", description = "The instalment",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    public PaymentView get(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return PaymentView.of(payments.instalment(id, paymentId));
    }

    @POST
    @Path("{paymentId}/disbursement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    @Operation(summary = "Record the payment of an instalment",
            description = "Procurement officers of the purchasing department, admins; the contract AWARDED or "
                    + "ACTIVE. The paid total stays within the budget (422 naming paidAmount, with the amount and "
                    + "what remains); a MID_TERM instalment is paid only once the contract has an evaluation (422 "
                    + "naming milestone); while the latest evaluation is UNQUALIFIED the next instalment is withheld "
                    + "and nothing is paid (422 naming the evaluation in evaluationId). Publishes payment.made, and "
                    + "contract.budget-threshold when the paid total first reaches 80 % and 100 % of the budget.")
    @APIResponse(responseCode = "200", description = "Paid",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "Already paid, or the contract is not AWARDED or ACTIVE")
    @APIResponse(responseCode = "422", description = "Beyond the budget, a mid-term instalment before any "
            + "evaluation, withheld after an unqualified evaluation, or paid on a day to come")
    public PaymentView disburse(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId,
                                @NotNull @Valid DisbursementRequest request) {
        return PaymentView.of(payments.disburse(id, paymentId, request.paidAmount(), request.paidOn()));
    }
}
