package org.youthjustice.procurement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.Milestone;
import org.youthjustice.procurement.domain.PaymentStatus;
import org.youthjustice.procurement.service.Instalment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "An instalment of a contract's payment")
public record PaymentView(
        UUID id,
        @Schema(description = "1, 2, 3 in the order planned") int instalment,
        Milestone milestone,
        @Schema(description = "CNY") BigDecimal plannedAmount,
        LocalDate plannedOn,
        @Schema(description = "CNY; null until paid") BigDecimal paidAmount,
        @Schema(description = "Null until paid") LocalDate paidOn,
        @Schema(description = "WITHHELD: the next unpaid instalment after an unqualified evaluation not cleared by a "
                + "later qualified one") PaymentStatus status,
        @Schema(description = "The evaluation that withholds it; null unless WITHHELD") UUID withheldBy) {

    static PaymentView of(Instalment instalment) {
        var p = instalment.payment();
        return new PaymentView(p.id, p.instalment, p.milestone, p.plannedAmount, p.plannedOn, p.paidAmount, p.paidOn,
                instalment.status(), instalment.withheldBy());
    }
}
