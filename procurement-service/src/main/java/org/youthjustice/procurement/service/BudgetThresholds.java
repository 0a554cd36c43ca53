package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.procurement.domain.ContractNotice;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code contract.budget-threshold} when a payment takes the paid total to 80 % and to 100 % of the budget: once per
 * contract and threshold (a {@link ContractNotice} claimed in the payment's transaction), both when one payment
 * crosses both.
 */
@ApplicationScoped
public class BudgetThresholds {

    static final List<Integer> PERCENTS = List.of(80, 100);

    @Inject
    ContractEvents events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reached(ServiceContract contract, BigDecimal budget, BigDecimal paidTotal, LocalDate paidOn) {
        for (int percent : PERCENTS) {
            BigDecimal threshold = budget.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100));
            if (paidTotal.compareTo(threshold) >= 0 && ContractNotice.claim(contract.id,
                    ContractNotice.Kind.BUDGET_THRESHOLD, Integer.toString(percent), Instant.now(clock))) {
                events.budgetThresholdReached(contract, percent, budget, paidTotal, paidOn);
            }
        }
    }
}
