package org.youthjustice.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * "Scientifically calculate the cost of judicial social workers": from the clients a purchaser expects, the
 * clients one worker can carry and the price of a post-year, the posts to fund and the budget for the period.
 *
 * <p>Posts are whole people: 41 clients at 20 per worker need 3 posts, not 2.05. The period counts whole months
 * from its start (inclusive) to its end (exclusive), as service contracts run.
 */
public final class CostModel {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private CostModel() {
    }

    public static Calculation calculate(int expectedClients, int clientRatio, BigDecimal unitCostPerPostYear,
            LocalDate start, LocalDate end) {
        if (expectedClients <= 0 || clientRatio <= 0 || unitCostPerPostYear.signum() <= 0) {
            throw new IllegalArgumentException("clients, ratio and unit cost must be positive");
        }
        int months = (int) ChronoUnit.MONTHS.between(start, end);
        if (months <= 0) {
            throw new IllegalArgumentException("the period must last at least one month");
        }
        int posts = (expectedClients + clientRatio - 1) / clientRatio;
        BigDecimal budget = unitCostPerPostYear.multiply(BigDecimal.valueOf(posts))
                .multiply(BigDecimal.valueOf(months))
                .divide(MONTHS_PER_YEAR, 2, RoundingMode.HALF_UP);
        BigDecimal perClientYear = unitCostPerPostYear.multiply(BigDecimal.valueOf(posts))
                .divide(BigDecimal.valueOf(expectedClients), 2, RoundingMode.HALF_UP);
        return new Calculation(months, posts, budget, perClientYear);
    }

    /** Posts to fund, budget for the period and cost per client and year, in CNY. */
    public record Calculation(int months, int fundedPosts, BigDecimal budget, BigDecimal costPerClientYear) {
    }
}
