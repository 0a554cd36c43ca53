package org.youthjustice.procurement.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code contract.amended} v1 on {@code contracts.v1}: an awarded contract's terms changed; the terms in force
 * after the amendment, what changed, never the amendment's free-text reason.
 */
public record ContractAmended(UUID contractId, String number, String purchaserCode, String providerCode,
                              int amendment, int termsVersion, List<String> changes, List<String> sites,
                              LocalDate periodStart, LocalDate periodEnd, int fundedPosts, int clientRatio,
                              BigDecimal budget, Instant amendedAt) {

    public static final String TYPE = "contract.amended";
    public static final int VERSION = 1;
}
