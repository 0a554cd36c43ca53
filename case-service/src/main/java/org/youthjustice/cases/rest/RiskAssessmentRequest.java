package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.RiskFactor;
import org.youthjustice.cases.domain.RiskLevel;

import java.util.Set;

@Schema(description = "A risk assessment of a case")
public record RiskAssessmentRequest(
        @NotNull
        @Schema(examples = "HIGH")
        RiskLevel level,

        @NotNull
        @Size(max = 7)
        @Schema(description = "The factors found; may be empty", examples = "[\"FAMILY_CONFLICT\", \"SCHOOL_DROPOUT\"]")
        Set<@NotNull RiskFactor> factors,

        @Size(max = 2000)
        @Schema(description = "Free text; encrypted at rest, never published, shown only to the readers of the case's "
                + "tracking", examples = "Conflict at home has grown since the last visit.")
        String note) {
}
