package org.youthjustice.worker.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A national social-work qualification certificate: level, number, and the period it is valid for. */
@Schema(description = "Social-work qualification certificate")
public record Qualification(
        @NotNull
        QualificationLevel level,

        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[0-9A-Za-z-]+", message = "must be letters, digits and hyphens")
        @Schema(examples = "2024035440100123")
        String certificateNumber,

        @NotNull
        @Schema(examples = "2024-06-30")
        LocalDate issuedOn,

        @NotNull
        @Schema(examples = "2027-06-29")
        LocalDate expiresOn) {
}
