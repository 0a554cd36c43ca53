package org.youthjustice.notification.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.service.Addressee;
import org.youthjustice.notification.service.AlertTexts;
import org.youthjustice.notification.service.Inbox;
import org.youthjustice.notification.service.InboxFilter;
import org.youthjustice.notification.service.InboxLanguage;
import org.youthjustice.notification.service.LiveStreams;
import org.youthjustice.notification.service.StreamSettings;
import org.youthjustice.notification.service.UnreadCount;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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

    static final String LAST_EVENT_ID = "Last-Event-ID";

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @Inject
    LiveStreams streams;

    @Inject
    StreamSettings streamSettings;

    @Inject
    ObjectMapper json;

    @Inject
    InboxLanguage language;

    // the request's headers rather than a @HeaderParam field, which the OpenAPI document would list as a parameter
    // of every path of the class
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's inbox", description = "Newest first; alerts for the caller, for the caller's roles as a whole, and for the caller's roles within the scope the token's claims name (worker_id, agency_id, office_code, department_code). Each filter given narrows the list. The total is counted up to 1000: beyond that, totalExact is false except on the last page.")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "Invalid filter or page", content = @Content(
            mediaType = "application/problem+json"))
    public Page<NotificationView> list(
            @QueryParam("acknowledged") @Parameter(description = "Only acknowledged (true) or open (false) alerts") Boolean acknowledged,
            // as text, so that an unknown value is refused naming the parameter (platform-problem names no enum)
            @QueryParam("severity") @Parameter(description = "INFO, WARNING or URGENT")
            @Pattern(regexp = "INFO|WARNING|URGENT", message = "must be INFO, WARNING or URGENT") String severity,
            @QueryParam("rule") @Parameter(description = "A rule's name, e.g. visit-missed")
            @Size(max = 64) String rule,
            @QueryParam("subjectRef") @Parameter(description = "What the alerts are about: a case reference, worker id, contract number or agency code")
            @Size(max = 100) String subjectRef,
            @QueryParam("since") @Parameter(description = "Only alerts created at or after this instant (ISO 8601, e.g. 2026-12-01T00:00:00Z)") Instant since,
            @Valid @BeanParam PageRequest page) {
        refuseMachineClients();
        InboxFilter filter = new InboxFilter(Optional.ofNullable(acknowledged),
                Optional.ofNullable(severity).map(Severity::valueOf), Optional.ofNullable(rule),
                Optional.ofNullable(subjectRef), Optional.ofNullable(since));
        Function<Notification, AlertTexts.Texts> texts = textsForCaller();
        return inbox.list(filter, page).map(alert -> NotificationView.of(alert, texts.apply(alert)));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many open alerts the caller has", description = "Open (not acknowledged) alerts addressed to the caller, as in the inbox; urgent counts the URGENT ones among them.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unreadCount() {
        refuseMachineClients();
        return inbox.unreadCount();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The caller's alerts, live", description = "Server-sent events: each alert addressed to the caller as it is stored, as 'id: <seq>', 'event: alert', 'data: <NotificationView JSON>'; a comment line as heartbeat every 15 s. With Last-Event-ID, first every alert after that seq, in order, then the live ones. At most 5 streams per caller: a sixth closes the caller's oldest.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not a seq", content = @Content(
            mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many streams are open on this instance; retry later",
            content = @Content(mediaType = "application/problem+json"))
    public void stream(
            @HeaderParam(LAST_EVENT_ID) @Parameter(description = "The seq of the last event received: resume after it") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        refuseMachineClients();
        Long after = lastEventId == null ? null : seqOf(lastEventId);
        Function<Notification, AlertTexts.Texts> texts = textsForCaller();
        SseAlertSink alerts = new SseAlertSink(sink, sse, json, streamSettings.sendTimeout(),
                alert -> NotificationView.of(alert, texts.apply(alert)));
        streams.open(Addressee.of(caller), after, alerts);
        alerts.begin();
    }

    private static long seqOf(String lastEventId) {
        try {
            long seq = Long.parseLong(lastEventId.trim());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.badRequest("Last-Event-ID must be the id (seq) of an event of this stream.",
                List.of(new FieldError(LAST_EVENT_ID, "type", "must be a non-negative integer")));
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Acknowledge an alert", description = "Idempotent: a second acknowledgement keeps the first.")
    @APIResponse(responseCode = "200", description = "The acknowledged notification",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification in the caller's inbox")
    public NotificationView acknowledge(@PathParam("id") UUID id) {
        refuseMachineClients();
        Notification acknowledged = inbox.acknowledge(id);
        return NotificationView.of(acknowledged, textsForCaller().apply(acknowledged));
    }

    private Function<Notification, AlertTexts.Texts> textsForCaller() {
        return language.textsFor(caller.subject(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
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
