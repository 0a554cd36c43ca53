package org.youthjustice.procurement.service;

import org.youthjustice.procurement.domain.FundingSource;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.ServiceType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A contract as drafted; a null unit cost or ratio takes the cost model's default. */
public record NewContract(String number, String title, String purchaserCode, String providerCode,
                          PurchaseMode purchaseMode, ServiceType serviceType, List<String> sites,
                          LocalDate periodStart, LocalDate periodEnd, int fundedPosts, BigDecimal unitCostPerPostYear,
                          Integer clientRatio, BigDecimal budget, Map<FundingSource, BigDecimal> funding) {
}
