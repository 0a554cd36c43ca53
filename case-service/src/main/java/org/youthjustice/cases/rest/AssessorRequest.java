package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lay assessor added to a hearing")
public record AssessorRequest(
        @NotNull
        @Pattern(regexp = "W[0-9]{4,9}", message = "must be W followed by 4 to 9 digits")
        @Schema(description = "worker-service's worker id of a people's assessor appointed at the hearing's court",
                examples = "W0109")
        String workerId) {
}
