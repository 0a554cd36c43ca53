package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Set;

@Schema(description = "A court hearing of a juvenile case")
public record HearingRequest(
        @NotNull
        @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
        @Schema(description = "The court that hears the case", examples = "CT-440104")
        String courtCode,

        @NotNull
        @Schema(description = "When; in the future", examples = "2026-12-15T01:30:00Z")
        Instant scheduledAt,

        @NotNull
        @Size(min = 1, max = 6)
        @Schema(description = "The lay assessors, by worker-service's worker id; none may lead or have led the case",
                examples = "[\"W0107\", \"W0108\"]")
        Set<@NotNull @Pattern(regexp = "W[0-9]{4,9}", message = "must be W followed by 4 to 9 digits") String>
                assessorWorkerIds) {
}
