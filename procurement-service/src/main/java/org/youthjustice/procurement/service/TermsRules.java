package org.youthjustice.procurement.service;

import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.FundingSource;
import org.youthjustice.procurement.domain.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What any version of a contract's terms must satisfy, drafted or amended; each refusal names the field. */
final class TermsRules {

    /** Service-purchase contracts run for at most five years. */
    static final int MAX_YEARS = 5;

    private TermsRules() {
    }

    /** Sets the three funding amounts of {@code terms}, a source not named funding nothing. */
    static void fund(ContractTerms terms, Map<FundingSource, BigDecimal> funding) {
        terms.fiscalAmount = amountOf(funding, FundingSource.FISCAL);
        terms.charitableAmount = amountOf(funding, FundingSource.CHARITABLE);
        terms.otherAmount = amountOf(funding, FundingSource.OTHER);
    }

    /** 422 naming {@code periodEnd} for a period ending before it starts or longer than five years. */
    static void checkPeriod(ContractTerms terms) {
        if (terms.periodEnd.isBefore(terms.periodStart)) {
            throw ProblemException.unprocessable("The period ends before it starts.",
                    List.of(new FieldError("periodEnd", "period", "must not be before periodStart")));
        }
        // both days are days of service: 2027-01-01 to 2031-12-31 is five years exactly
        if (!terms.periodEnd.isBefore(terms.periodStart.plusYears(MAX_YEARS))) {
            throw ProblemException.unprocessable("A contract runs for at most five years.",
                    List.of(new FieldError("periodEnd", "period", "must be within five years of periodStart")));
        }
    }

    /** 422 naming {@code fundingSources} when the amounts do not add up to the budget, to the fen. */
    static void checkFunding(ContractTerms terms) {
        if (!terms.fundedInFull()) {
            BigDecimal funded = Money.fen(terms.fiscalAmount.add(terms.charitableAmount).add(terms.otherAmount));
            throw ProblemException.unprocessable("The funding sources add up to " + funded + " CNY, not to the "
                            + "budget of " + Money.fen(terms.budget) + " CNY.",
                    List.of(new FieldError("fundingSources", "sum", "amounts must add up to the budget "
                            + Money.fen(terms.budget))));
        }
    }

    private static BigDecimal amountOf(Map<FundingSource, BigDecimal> funding, FundingSource source) {
        return Money.fen(funding.getOrDefault(source, BigDecimal.ZERO));
    }
}
