package org.youthjustice.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.notification.service.NotificationPreferences;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

/**
 * The caller's own notification preferences: language, e-mail address, quiet hours and which rules come by e-mail.
 * Only people with an inbox have them; partner systems get webhooks.
 */
@Path("/notification-preferences/me")
@Tag(name = "Preferences", description = "How the caller gets alerts beyond the inbox")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER,
        Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "The caller's role has no inbox, or the caller is a partner system")
public class PreferencesResource {

    @Inject
    NotificationPreferences preferences;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The caller's notification preferences", description = "With every default filled in: "
            + "locale zh, the token's email claim, no quiet hours, URGENT rules by e-mail and others not. Every call "
            + "records the caller's roles and scope claims as the token states them, which is whom e-mails go to.")
    @APIResponse(responseCode = "200", description = "The preferences",
            content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    public PreferencesView mine() {
        refuseMachineClients();
        return PreferencesView.of(preferences.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the caller's notification preferences", description = "Replaces them all; what "
            + "the body leaves out takes its default. The caller is the only one who edits them, so no If-Match is "
            + "asked for. Records the caller's roles and scope claims as GET does.")
    @APIResponse(responseCode = "200", description = "The preferences as stored, with the defaults filled in",
            content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields named: locale, email, "
            + "quietHours.start, quietHours.end (equal to start), quietHours.zone, rules.<unknown key>")
    public PreferencesView replace(@NotNull @Valid PreferencesRequest request) {
        refuseMachineClients();
        return PreferencesView.of(preferences.replace(request.toPreferences()));
    }

    /** A partner system holds a staff role too, but it is a machine: it has no inbox, hence no preferences. */
    private void refuseMachineClients() {
        if (caller.hasRole(Roles.PARTNER_SYSTEM)) {
            throw new ForbiddenException("Partner systems receive webhooks, not e-mails.");
        }
    }
}
