package org.youthjustice.procurement.service;

import org.youthjustice.procurement.domain.FundingSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An amendment of a contract's terms: its reason and the terms it sets; a null term stays as it is. */
public record Amendment(String reason, LocalDate periodStart, LocalDate periodEnd, Integer fundedPosts,
                        BigDecimal budget, Map<FundingSource, BigDecimal> funding, List<String> sites) {
}
