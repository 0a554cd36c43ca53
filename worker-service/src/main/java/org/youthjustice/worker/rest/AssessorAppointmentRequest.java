package org.youthjustice.worker.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A worker's appointment as a people's assessor at a court")
public record AssessorAppointmentRequest(
        @NotNull
        @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
        @Schema(examples = "CT-440104")
        String courtCode,

        @NotNull
        @Schema(examples = "2026-01-01")
        LocalDate appointedOn,

        @Min(1)
        @Max(10)
        @Schema(description = "Term in years, 5 when absent", examples = "5")
        Integer termYears) {
}
