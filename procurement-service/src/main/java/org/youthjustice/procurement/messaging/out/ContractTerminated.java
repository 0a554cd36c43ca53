package org.youthjustice.procurement.messaging.out;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code contract.terminated} v1 on {@code contracts.v1}: the contract was ended early (the reason stays in the service). */
public record ContractTerminated(UUID contractId, String number, String purchaserCode, String providerCode,
                                 Instant terminatedAt) {

    public static final String TYPE = "contract.terminated";
    public static final int VERSION = 1;
}
