package org.youthjustice.cases.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.ServiceKind;

import java.time.LocalDate;

@Schema(description = "A service delivered to the juvenile")
public record ServiceRecordRequest(
        @NotNull
        @Schema(examples = "PSYCHOLOGICAL_SUPPORT")
        ServiceKind kind,

        @NotNull
        @Min(1)
        @Max(1440)
        @Schema(description = "Minutes spent, 1 to 1440", examples = "90")
        Integer minutes,

        @NotNull
        @Schema(description = "The day it was delivered; not in the future", examples = "2026-11-26")
        LocalDate deliveredOn,

        @Size(max = 2000)
        @Schema(description = "Free text; encrypted at rest, never published", examples = "Second session on anger.")
        String note) {
}
