package org.youthjustice.worker.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "The last day of a posting; an end can be brought forward, never moved later")
public record EndPostingRequest(
        @NotNull
        @Schema(examples = "2026-06-30")
        LocalDate on) {
}
