package org.youthjustice.procurement.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.Indicator;
import org.youthjustice.procurement.domain.Scorecard;

import java.math.BigDecimal;

@Schema(description = "One indicator of an evaluation: its weight and its score out of 100")
public record IndicatorScore(
        @NotNull
        @Schema(examples = "OUTCOME")
        Indicator indicator,

        @NotNull @Min(0) @Max(100)
        @Schema(description = "Whole per cent; the five weights add up to 100", examples = "30")
        Integer weight,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(description = "0 to 100, at most two decimals", examples = "86.5")
        BigDecimal score) {

    Scorecard.Line toLine() {
        return new Scorecard.Line(indicator, weight, score);
    }
}
