package org.youthjustice.procurement.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.Milestone;
import org.youthjustice.procurement.service.NewPayment;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "An instalment to plan")
public record PaymentPlanRequest(
        @NotNull
        @Schema(description = "What the instalment is paid for; MID_TERM is paid after an evaluation",
                examples = "SIGNING")
        Milestone milestone,

        @NotNull @Positive @Digits(integer = 12, fraction = 2)
        @Schema(description = "Amount planned, CNY, at most two decimals", examples = "300000.00")
        BigDecimal plannedAmount,

        @NotNull
        @Schema(description = "Day the payment is planned for", examples = "2027-01-15")
        LocalDate plannedOn) {

    NewPayment toNewPayment() {
        return new NewPayment(milestone, plannedAmount, plannedOn);
    }
}
