package org.youthjustice.procurement.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An unqualified evaluation withholds the contract's next unpaid instalment until a later evaluation rates the
 * contract qualified or better: withholding is in force while the latest evaluation (by day, then by recording) is
 * unqualified. While it is, no instalment is paid, so that a later one cannot pass the withheld one.
 *
 * @param evaluationId the unqualified evaluation that withholds
 * @param instalment   the withheld instalment (the lowest-numbered unpaid one), or null while none is unpaid
 */
public record Withholding(UUID evaluationId, Integer instalment) {

    /** The withholding in force, given the contract's evaluations and instalments. */
    public static Optional<Withholding> of(List<ContractEvaluation> evaluations, List<ContractPayment> payments) {
        return evaluations.stream()
                .max(Comparator.comparing((ContractEvaluation e) -> e.evaluatedOn).thenComparing(e -> e.createdAt))
                .filter(latest -> latest.rating == Rating.UNQUALIFIED)
                .map(latest -> new Withholding(latest.id, payments.stream().filter(p -> !p.paid())
                        .map(p -> p.instalment).min(Integer::compare).orElse(null)));
    }

    /** Where {@code payment} stands under {@code withholding} (none when empty). */
    public static PaymentStatus statusOf(ContractPayment payment, Optional<Withholding> withholding) {
        if (payment.paid()) {
            return PaymentStatus.PAID;
        }
        return withholding.filter(w -> w.instalment() != null && w.instalment() == payment.instalment)
                .map(w -> PaymentStatus.WITHHELD).orElse(PaymentStatus.PLANNED);
    }
}
