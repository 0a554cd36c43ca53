package org.youthjustice.procurement.messaging.out;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code contract.closed} v1 on {@code contracts.v1}: the contract ended as agreed. */
public record ContractClosed(UUID contractId, String number, String purchaserCode, String providerCode,
                             Instant closedAt) {

    public static final String TYPE = "contract.closed";
    public static final int VERSION = 1;
}
