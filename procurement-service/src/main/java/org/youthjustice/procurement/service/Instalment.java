package org.youthjustice.procurement.service;

import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.PaymentStatus;
import org.youthjustice.procurement.domain.Withholding;

import java.util.Optional;
import java.util.UUID;

/** An instalment with where it stands, and the evaluation that withholds it if it is withheld. */
public record Instalment(ContractPayment payment, PaymentStatus status, UUID withheldBy) {

    static Instalment of(ContractPayment payment, Optional<Withholding> withholding) {
        PaymentStatus status = Withholding.statusOf(payment, withholding);
        return new Instalment(payment, status,
                status == PaymentStatus.WITHHELD ? withholding.get().evaluationId() : null);
    }
}
