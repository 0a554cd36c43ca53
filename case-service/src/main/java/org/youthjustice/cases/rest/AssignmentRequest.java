package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The lead social worker of a case")
public record AssignmentRequest(
        @NotNull
        @Pattern(regexp = "W[0-9]{4,9}", message = "must be W followed by 4 to 9 digits")
        @Schema(description = "worker-service's worker id", examples = "W0001")
        String workerId,

        @NotBlank
        @Size(max = 500)
        @Schema(description = "Why this worker; kept in the assignment history, never published",
                examples = "Posted at the office, judicial specialisation")
        String reason) {
}
