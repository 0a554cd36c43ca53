package org.youthjustice.procurement.messaging.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code contract.understaffed} v1: an episode of understaffing began on {@code since}, either filled posts below the
 * funded ones for the configured number of days ({@code POSTS_UNFILLED}) or more clients per filled post than the
 * ratio ({@code OVER_RATIO}). Codes and counts only.
 */
public record ContractUnderstaffed(UUID contractId, String number, String purchaserCode, String providerCode,
                                   String reason, int fundedPosts, BigDecimal filledPosts, long activeClients,
                                   int clientRatio, BigDecimal clientsPerFilledPost, LocalDate since,
                                   LocalDate noticedOn) {

    public static final String TYPE = "contract.understaffed";
    public static final int VERSION = 1;
}
