package org.youthjustice.platform.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.ProblemException;

import io.smallrye.common.annotation.Blocking;

/**
 * The operators' way to hand dead letters back to a consumer after a fix. Called on the service itself, not
 * through the gateway: every service has one, for the channels it consumes.
 */
@Path("/dead-letter-replays")
@Tag(name = "Operations", description = "Dead letters of the events this service consumes")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterReplayResource {

    private final DeadLetterReplay replay;

    DeadLetterReplayResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay dead letters of a channel",
            description = "Reads the channel's dead-letter topic up to its current end and hands each record (or "
                    + "each of the named events) to the channel's consumer again. Safe to repeat: events processed "
                    + "since are skipped. Records that fail again stay on the dead-letter topic and are listed.")
    @APIResponse(responseCode = "200", description = "What was read, handled, skipped and failed",
            content = @Content(schema = @Schema(implementation = DeadLetterReplay.Outcome.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, with the fields named")
    @APIResponse(responseCode = "404", description = "This service consumes no such channel")
    public DeadLetterReplay.Outcome replay(@NotNull @Valid DeadLetterReplayRequest request) {
        if (replay.consumerOf(request.channel()).isEmpty()) {
            throw ProblemException.notFound("This service consumes no channel " + request.channel());
        }
        return replay.replay(request.channel(), request.eventIdsOrAll());
    }
}
