package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.CostEstimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record CostEstimateView(UUID id, int expectedClients, int clientRatio, BigDecimal unitCostPerPostYear,
        LocalDate periodStart, LocalDate periodEnd, int months, int fundedPosts, BigDecimal budget,
        BigDecimal costPerClientYear) {

    static CostEstimateView of(CostEstimate e) {
        return new CostEstimateView(e.id, e.expectedClients, e.clientRatio, e.unitCostPerPostYear, e.periodStart,
                e.periodEnd, e.months, e.fundedPosts, e.budget, e.costPerClientYear);
    }
}
