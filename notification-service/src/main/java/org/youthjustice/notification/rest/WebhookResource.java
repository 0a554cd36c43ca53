package org.youthjustice.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.domain.Webhook;
import org.youthjustice.notification.service.AlertRule;
import org.youthjustice.notification.service.Webhooks;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.idempotency.IdempotencyKey;
import org.youthjustice.platform.idempotency.IdempotencyKeys;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Partner systems' webhooks and their delivery log. */
@Path("/webhooks")
@Tag(name = "Webhooks", description = "Alerts posted to partner systems, signed, retried and logged")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "403", description = "Neither an admin nor a partner system")
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook",
            description = "Admins for any role and scope; a partner-system client for one of its own staff roles "
                    + "within the scope its token's claim names (else 403). The URL must be https to a public "
                    + "address (422 naming url). The answer carries the signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "Registered; also the answer to a retry with the same "
            + "Idempotency-Key and body", content = @Content(schema = @Schema(implementation = RegisteredWebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another request")
    @APIResponse(responseCode = "422", description = "The URL is no allowed target (field url)")
    public Response register(@HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                             IdempotencyKey idempotencyKey,
                             @NotNull @Valid RegisterWebhookRequest request, @Context UriInfo uri) {
        refuseUnknownRules(request.rules());
        Webhook webhook = idempotency.once(idempotencyKey, request,
                () -> webhooks.register(new Webhooks.Registration(request.url(), request.recipientRole(),
                        request.recipientScope(), request.rules(), request.description())),
                created -> created.id.toString(), id -> webhooks.find(UUID.fromString(id)));
        return Response.created(uri.getAbsolutePathBuilder().path(webhook.id.toString()).build())
                .entity(RegisteredWebhookView.of(webhook)).build();
    }

    @GET
    @Operation(summary = "List webhooks", description = "Admins see all; a partner system its own. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of webhooks")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<WebhookView> list(@Valid @BeanParam PageRequest page) {
        return webhooks.list(page).map(WebhookView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook", description = "Never its secret.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook of the caller's")
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(webhooks.find(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a webhook",
            description = "Deactivates it: no more deliveries are planned; its delivery log stays readable. Idempotent.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such webhook of the caller's")
    public void delete(@PathParam("id") UUID id) {
        webhooks.deactivate(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The webhook's delivery log",
            description = "Each delivery with its attempts (time, duration, status code, outcome, error). Newest first.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Invalid status or page")
    @APIResponse(responseCode = "404", description = "No such webhook of the caller's")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(description = "Only PENDING, DELIVERED or FAILED deliveries") DeliveryStatus status,
            @Valid @BeanParam PageRequest page) {
        return webhooks.deliveries(id, Optional.ofNullable(status), page).map(DeliveryView::of);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Replay a failed delivery",
            description = "It is sent again now, with the same Idempotency-Key and a new retry window; its earlier "
                    + "attempts stay in the log.")
    @APIResponse(responseCode = "202", description = "Due again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook of the caller's, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "The delivery has not failed")
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(DeliveryView.of(webhooks.replay(id, deliveryId))).build();
    }

    /** Rules are named as in the README's rule table. */
    private static void refuseUnknownRules(List<String> rules) {
        if (rules == null) {
            return;
        }
        Set<String> known = Arrays.stream(AlertRule.values()).map(AlertRule::key).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!known.contains(rules.get(i))) {
                errors.add(new FieldError("rules[" + i + "]", "unknown", "is no rule: " + known.stream().sorted()
                        .collect(Collectors.joining(", "))));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("Unknown rules.", errors);
        }
    }
}
