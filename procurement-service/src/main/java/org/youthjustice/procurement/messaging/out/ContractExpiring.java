package org.youthjustice.procurement.messaging.out;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code contract.expiring} v1 on {@code contracts.v1}: an active contract's period ends within
 * {@code daysBefore} days (90, then 30), raised once per contract and mark.
 */
public record ContractExpiring(UUID contractId, String number, String purchaserCode, String providerCode,
                               LocalDate periodEnd, int daysBefore, LocalDate noticedOn) {

    public static final String TYPE = "contract.expiring";
    public static final int VERSION = 1;
}
