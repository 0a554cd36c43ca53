package org.youthjustice.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money: CNY with two decimals (fen), exact {@link BigDecimal} arithmetic, never floating point. Inputs
 * with more than two decimals are refused where they enter (Bean Validation {@code @Digits(fraction = 2)}); a
 * computed amount (a share of a budget, a cost per client) is rounded half up to the fen, once, at the end.
 */
public final class Money {

    public static final String CURRENCY = "CNY";
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Money() {
    }

    /** {@code amount} at two decimals, rounded half up. */
    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** {@code numerator ÷ denominator} to the fen, half up. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, SCALE, ROUNDING);
    }
}
