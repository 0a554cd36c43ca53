package org.youthjustice.procurement.messaging.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Data of {@code contract.activated} v1 on {@code contracts.v1}: the service under the contract has started. */
public record ContractActivated(UUID contractId, String number, String purchaserCode, String providerCode,
                                List<String> sites, LocalDate periodStart, LocalDate periodEnd, int fundedPosts,
                                int clientRatio, Instant activatedAt) {

    public static final String TYPE = "contract.activated";
    public static final int VERSION = 1;
}
