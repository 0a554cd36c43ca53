package org.youthjustice.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.notification.service.Inbox;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller's inbox. Auditors and machine clients have none: auditors read audit trails, partner systems
 * receive webhooks.
 */
@Path("/notifications")
@Tag(name = "Inbox", description = "Alerts for the caller")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER,
        Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "The caller's role has no inbox")
public class NotificationResource {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The caller's inbox", description = "Newest first; alerts for the caller, for the caller's roles as a whole, and for the caller's roles within the scope the token's claims name (worker_id, agency_id, office_code, department_code).")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "Invalid page")
    public Page<NotificationView> list(
            @QueryParam("acknowledged") @Parameter(description = "Only acknowledged (true) or open (false) alerts") Boolean acknowledged,
            @Valid @BeanParam PageRequest page) {
        refuseMachineClients();
        return inbox.list(Optional.ofNullable(acknowledged), page).map(NotificationView::of);
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Acknowledge an alert", description = "Idempotent: a second acknowledgement keeps the first.")
    @APIResponse(responseCode = "200", description = "The acknowledged notification",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification in the caller's inbox")
    public NotificationView acknowledge(@PathParam("id") UUID id) {
        refuseMachineClients();
        return NotificationView.of(inbox.acknowledge(id));
    }

    /**
     * A partner system holds a staff role too (a court's system is a court officer), but it is a machine: it gets
     * webhooks, not an inbox.
     */
    private void refuseMachineClients() {
        if (caller.hasRole(Roles.PARTNER_SYSTEM)) {
            throw new ForbiddenException("Partner systems receive webhooks, not an inbox.");
        }
    }
}
