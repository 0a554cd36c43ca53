package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.FundingSource;
import org.youthjustice.procurement.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A version of a contract's terms; amounts in CNY, always with two decimals. */
public record TermsView(LocalDate periodStart, LocalDate periodEnd, int fundedPosts, BigDecimal unitCostPerPostYear,
                        int clientRatio, BigDecimal budget, String currency, List<FundingShareView> fundingSources,
                        List<String> sites) {

    public record FundingShareView(FundingSource source, BigDecimal amount) {
    }

    static TermsView of(ContractTerms t) {
        List<FundingShareView> funding = new ArrayList<>();
        addIfFunding(funding, FundingSource.FISCAL, t.fiscalAmount);
        addIfFunding(funding, FundingSource.CHARITABLE, t.charitableAmount);
        addIfFunding(funding, FundingSource.OTHER, t.otherAmount);
        return new TermsView(t.periodStart, t.periodEnd, t.fundedPosts, Money.fen(t.unitCostPerPostYear),
                t.clientRatio, Money.fen(t.budget), Money.CURRENCY, List.copyOf(funding), List.copyOf(t.sites));
    }

    private static void addIfFunding(List<FundingShareView> funding, FundingSource source, BigDecimal amount) {
        if (amount.signum() > 0) {
            funding.add(new FundingShareView(source, Money.fen(amount)));
        }
    }
}
