package org.youthjustice.procurement.rest;

import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;

import java.time.Instant;

/** A move of a contract's status: {@code from} is null for its drafting; {@code by} is the mover's token subject. */
public record StatusChangeView(ContractStatus from, ContractStatus to, String reason, Instant at, String by) {

    static StatusChangeView of(ContractStatusChange change) {
        return new StatusChangeView(change.fromStatus, change.toStatus, change.reason, change.changedAt,
                change.changedBy);
    }
}
