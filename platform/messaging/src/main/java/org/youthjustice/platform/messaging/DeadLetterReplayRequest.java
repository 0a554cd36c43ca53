package org.youthjustice.platform.messaging;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which dead letters to hand back: a channel's, all of them or those of the named events. */
@Schema(name = "DeadLetterReplayRequest")
public record DeadLetterReplayRequest(
        @Schema(description = "The consuming channel, e.g. cases or workers (the service README names them)",
                examples = "cases")
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,63}") String channel,
        @Schema(description = "Event ids to replay; absent or empty for every dead letter of the channel")
        @Size(max = 1000) Set<@NotNull UUID> eventIds) {

    Set<UUID> eventIdsOrAll() {
        return eventIds == null ? Set.of() : eventIds;
    }
}
