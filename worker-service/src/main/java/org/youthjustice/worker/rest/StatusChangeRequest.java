package org.youthjustice.worker.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.domain.WorkerStatus;

@Schema(description = "A change of a worker's status, with the reason")
public record StatusChangeRequest(
        @NotNull
        WorkerStatus status,

        @NotBlank
        @Size(max = 500)
        @Schema(examples = "Parental leave until March")
        String reason) {
}
