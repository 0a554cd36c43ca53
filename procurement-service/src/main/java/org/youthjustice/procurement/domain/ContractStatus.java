package org.youthjustice.procurement.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a contract stands: {@code DRAFT → AWARDED → ACTIVE → CLOSED | TERMINATED}. */
public enum ContractStatus {
    DRAFT, AWARDED, ACTIVE, CLOSED, TERMINATED;

    /** The statuses this one may move to; a terminated or closed contract moves no more. */
    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(AWARDED, TERMINATED);
            case AWARDED -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(CLOSED, TERMINATED);
            case CLOSED, TERMINATED -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    public boolean canMoveTo(ContractStatus target) {
        return next().contains(target);
    }
}
