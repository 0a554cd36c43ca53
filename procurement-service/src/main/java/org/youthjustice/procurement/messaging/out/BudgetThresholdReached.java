package org.youthjustice.procurement.messaging.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code contract.budget-threshold} v1 on {@code contracts.v1}, keyed by contract id: the paid total reached
 * {@code thresholdPercent} (80 or 100) of the budget, raised once per contract and threshold. {@code burnPercent} is
 * paidTotal × 100 ÷ budget, half up to two decimals; {@code reachedOn} the day of the payment that reached it.
 */
public record BudgetThresholdReached(UUID contractId, String number, String purchaserCode, String providerCode,
                                     int thresholdPercent, BigDecimal budget,
                                     BigDecimal paidTotal, BigDecimal burnPercent,
                                     LocalDate reachedOn) {

    public static final String TYPE = "contract.budget-threshold";
    public static final int VERSION = 1;
}
