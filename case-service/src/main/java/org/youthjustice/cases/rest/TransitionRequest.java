package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.ClosureReason;

@Schema(description = "Move a case to another status")
public record TransitionRequest(
        @NotNull
        @Schema(examples = "INTAKE")
        CaseStatus to,

        @NotBlank
        @Size(max = 500)
        @Schema(description = "Why; kept in the case history, never published", examples = "Intake interview held")
        String reason,

        @Schema(description = "Required when to is CLOSED, absent otherwise", examples = "COMPLETED")
        ClosureReason closureReason) {
}
