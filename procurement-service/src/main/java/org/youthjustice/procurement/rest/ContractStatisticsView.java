package org.youthjustice.procurement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.ServiceType;
import org.youthjustice.procurement.service.ContractStatistics;

import java.math.BigDecimal;

/** One city's and service type's totals; money in CNY to the fen, burn in per cent to two decimals. */
public record ContractStatisticsView(
        @Schema(description = "The city's region code (GB/T 2260), e.g. 440100") String city,
        ServiceType serviceType,
        @Schema(description = "Contracts that have left DRAFT") long contracts,
        @Schema(description = "Funded posts of their current terms") long fundedPosts,
        @Schema(description = "Posts filled today by the providers' postings at the contracts' sites (fractions of full "
                + "time, two decimals), for the contracts whose period includes today, as their coverage counts them")
        BigDecimal filledPosts,
        @Schema(description = "Budget of their current terms, CNY") BigDecimal budget,
        @Schema(description = "Paid so far, CNY") BigDecimal paidTotal,
        @Schema(description = "paidTotal ÷ budget × 100, half up to two decimals") BigDecimal burnPercent) {

    static ContractStatisticsView of(ContractStatistics.Row row) {
        return new ContractStatisticsView(row.city(), row.serviceType(), row.contracts(), row.fundedPosts(),
                row.filledPosts(), row.budget(), row.paidTotal(), row.burnPercent());
    }
}
