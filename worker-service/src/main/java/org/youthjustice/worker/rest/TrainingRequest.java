package org.youthjustice.worker.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "Training a worker took")
public record TrainingRequest(
        @NotBlank
        @Size(max = 200)
        @Schema(examples = "Motivational interviewing with juveniles")
        String topic,

        @NotBlank
        @Size(max = 200)
        @Schema(examples = "Guangdong Social Work Association")
        String provider,

        @Size(max = 200)
        @Schema(description = "The training base where it was held", examples = "Guangzhou Juvenile Justice Social Work Training Base")
        String trainingBase,

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("200")
        @Digits(integer = 3, fraction = 1)
        @Schema(examples = "6.5")
        BigDecimal hours,

        @NotNull
        @Schema(examples = "2026-03-14")
        LocalDate heldOn) {
}
