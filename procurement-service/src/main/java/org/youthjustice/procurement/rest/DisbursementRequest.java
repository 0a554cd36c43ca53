package org.youthjustice.procurement.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "A payment made on a planned instalment")
public record DisbursementRequest(
        @NotNull @Positive @Digits(integer = 12, fraction = 2)
        @Schema(description = "Amount paid, CNY, at most two decimals; may differ from the amount planned",
                examples = "300000.00")
        BigDecimal paidAmount,

        @NotNull
        @Schema(description = "Day it was paid; not after today", examples = "2027-01-15")
        LocalDate paidOn) {
}
