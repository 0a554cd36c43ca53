package org.youthjustice.procurement.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "What a purchaser plans to buy")
public record CostEstimateRequest(
        @NotNull @Min(1) @Max(100_000)
        @Schema(description = "Clients expected over the period", examples = "120")
        Integer expectedClients,

        @Min(1) @Max(200)
        @Schema(description = "Clients per full-time social worker; default 20", examples = "20")
        Integer clientRatio,

        @DecimalMin(value = "1000.00") @DecimalMax(value = "10000000.00") @Digits(integer = 10, fraction = 2)
        @Schema(description = "Price of one post for a year in CNY; default 100000", examples = "100000")
        BigDecimal unitCostPerPostYear,

        @NotNull
        @Schema(description = "First day of the period", examples = "2027-01-01")
        LocalDate periodStart,

        @NotNull
        @Schema(description = "Day after the last day of the period", examples = "2028-01-01")
        LocalDate periodEnd) {
}
