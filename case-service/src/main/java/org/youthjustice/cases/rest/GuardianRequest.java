package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A guardian of the juvenile: stored encrypted, answered masked")
public record GuardianRequest(
        @NotBlank
        @Size(max = 50)
        @Schema(examples = "张*华")
        String name,

        @NotBlank
        @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE)
        @Schema(examples = "139****4321")
        String phone) {
}
