package org.youthjustice.procurement.domain;

/** Where an instalment stands. */
public enum PaymentStatus {
    /** Planned and not paid yet. */
    PLANNED,
    /** Paid: amount and day recorded. */
    PAID,
    /** Not payable: the contract's latest evaluation is unqualified and this is the next unpaid instalment. */
    WITHHELD
}
