package org.youthjustice.worker.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.platform.problem.ValidCreditCode;

@Schema(description = "A social-work agency to register")
public record RegisterAgencyRequest(
        @NotNull
        @ValidCreditCode
        @Schema(description = "Unified social-credit code (GB 32100), 18 characters with its check character",
                examples = "52440100MJL123454L")
        String creditCode,

        @NotBlank
        @Size(max = 200)
        @Schema(examples = "Guangzhou Sunshine Judicial Social Work Service Centre")
        String name,

        @NotNull
        @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a six-digit GB/T 2260 division code")
        @Schema(description = "GB/T 2260 division code of the registration region", examples = "440100")
        String region) {
}
