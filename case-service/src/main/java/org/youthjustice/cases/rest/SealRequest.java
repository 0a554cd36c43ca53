package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sealing a closed case")
public record SealRequest(
        @NotBlank
        @Size(max = 500)
        @Schema(description = "The legal ground; kept with the case, never published",
                examples = "Sentence of less than five years served (CPL art. 286)")
        String reason) {
}
