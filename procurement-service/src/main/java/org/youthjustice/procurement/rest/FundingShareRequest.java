package org.youthjustice.procurement.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.FundingSource;

import java.math.BigDecimal;

@Schema(description = "What one source funds, CNY")
public record FundingShareRequest(
        @NotNull
        @Schema(examples = "FISCAL")
        FundingSource source,

        @NotNull @Positive @Digits(integer = 12, fraction = 2)
        @Schema(description = "CNY, at most two decimals", examples = "1000000.00")
        BigDecimal amount) {
}
