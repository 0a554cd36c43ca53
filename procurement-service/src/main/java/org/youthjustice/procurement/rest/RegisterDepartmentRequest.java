package org.youthjustice.procurement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.DepartmentKind;

@Schema(description = "A purchasing department to register")
public record RegisterDepartmentRequest(
        @NotNull
        @Pattern(regexp = "DP-[0-9A-Z-]{2,36}", message = "must be DP- and 2 to 36 capitals, digits or hyphens")
        @Schema(description = "The code officers carry in their department_code claim", examples = "DP-4401-JUSTICE")
        String code,

        @NotBlank
        @Size(max = 200)
        @Schema(examples = "Guangzhou Municipal Bureau of Justice")
        String name,

        @NotNull
        @Schema(examples = "JUSTICE_BUREAU")
        DepartmentKind kind,

        @NotNull
        @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a six-digit GB/T 2260 division code")
        @Schema(description = "GB/T 2260 division code; a province's (ending 0000) sees the province's totals",
                examples = "440100")
        String regionCode) {
}
