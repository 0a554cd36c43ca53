package org.youthjustice.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A contract's coverage on a day, from its current terms and what the events say happened at its sites. Ratios and
 * percentages have two decimals, rounded half up; money is rounded to the fen once, at the end ({@link Money}).
 *
 * @param filledPosts      posts filled today by the provider's postings at the sites
 * @param vacancyPostDays  Σ over the days from the period's start to today (or its end) of max(0, funded − filled)
 * @param activeClients    cases at the sites whose latest status is not CLOSED (REFERRED counts)
 * @param serviceMinutes   minutes of service the provider's workers delivered at the sites within the period
 */
public record Coverage(LocalDate asOf, int fundedPosts, BigDecimal filledPosts, BigDecimal vacancyPostDays,
                       long activeClients, int clientRatio, BigDecimal clientsPerFilledPost, boolean ratioExceeded,
                       long serviceMinutes, long visitsCompleted, long visitsMissed, BigDecimal budget,
                       BigDecimal paidTotal, BigDecimal burnPercent, BigDecimal costPerClientYear) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A year counts 365 days when a budget is annualised. */
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    /** The figures that follow from the counts: ratios, burn and cost per client-year. */
    public static Coverage of(ContractTerms terms, LocalDate asOf, BigDecimal filledPosts, BigDecimal vacancyPostDays,
                              long activeClients, long serviceMinutes, long visitsCompleted, long visitsMissed,
                              BigDecimal paidTotal) {
        BigDecimal clients = BigDecimal.valueOf(activeClients);
        BigDecimal perPost = filledPosts.signum() == 0 ? null : clients.divide(filledPosts, 2, RoundingMode.HALF_UP);
        boolean exceeded = clients.compareTo(filledPosts.multiply(BigDecimal.valueOf(terms.clientRatio))) > 0;
        BigDecimal burn = paidTotal.multiply(HUNDRED).divide(terms.budget, 2, RoundingMode.HALF_UP);
        return new Coverage(asOf, terms.fundedPosts, filledPosts.setScale(2, RoundingMode.HALF_UP), vacancyPostDays,
                activeClients, terms.clientRatio, perPost, exceeded, serviceMinutes, visitsCompleted, visitsMissed,
                Money.fen(terms.budget), Money.fen(paidTotal), burn, costPerClientYear(terms, activeClients));
    }

    /** The budget annualised (× 365 ÷ days of the period) and shared among the active clients; null without any. */
    static BigDecimal costPerClientYear(ContractTerms terms, long activeClients) {
        if (activeClients == 0) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(terms.periodStart, terms.periodEnd) + 1;
        return Money.divide(terms.budget.multiply(DAYS_PER_YEAR),
                BigDecimal.valueOf(days).multiply(BigDecimal.valueOf(activeClients)));
    }

    /** Clients above the ratio of the filled posts, with at least one post filled (else it is a lack of posts). */
    public boolean overRatioWithPostsFilled() {
        return ratioExceeded && filledPosts.signum() > 0;
    }
}
