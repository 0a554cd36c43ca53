package org.youthjustice.procurement.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code contract.awarded} v1 on {@code contracts.v1}, keyed by contract id: the purchaser awarded the contract
 * to the provider, with the terms awarded (version 1, or the latest if amended while a draft). Budget in CNY, two
 * decimals.
 */
public record ContractAwarded(UUID contractId, String number, String purchaserCode, String providerCode,
                              String serviceType, String purchaseMode, List<String> sites, LocalDate periodStart,
                              LocalDate periodEnd, int fundedPosts, int clientRatio, BigDecimal budget,
                              Instant awardedAt) {

    public static final String TYPE = "contract.awarded";
    public static final int VERSION = 1;
}
