package org.youthjustice.procurement.messaging.out;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code contract.budget-threshold} v1 on {@code contracts.v1}, keyed by contract id: the paid total reached
 * {@code thresholdPercent} (80 or 100) of the budget, raised once per contract and threshold. {@code burnPercent} is
 * paidTotal × 100 ÷ budget, half up to two decimals; {@code reachedOn} the day of the payment that reached it.
 *
 * <p>Amounts are written as their exact decimal text ({@code @JsonRawValue}): the outbox turns the data into a JSON
 * tree, whose default number handling strips trailing zeros ({@code 1000000.00} would travel as {@code 1E+6}).
 */
public record BudgetThresholdReached(UUID contractId, String number, String purchaserCode, String providerCode,
                                     int thresholdPercent, @JsonRawValue BigDecimal budget,
                                     @JsonRawValue BigDecimal paidTotal, @JsonRawValue BigDecimal burnPercent,
                                     LocalDate reachedOn) {

    public static final String TYPE = "contract.budget-threshold";
    public static final int VERSION = 1;
}
