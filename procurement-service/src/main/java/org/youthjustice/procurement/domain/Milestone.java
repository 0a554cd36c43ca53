package org.youthjustice.procurement.domain;

/** What an instalment is paid for. */
public enum Milestone {
    /** On signing the contract. */
    SIGNING,
    /** Mid-term, after a performance evaluation. */
    MID_TERM,
    /** At the end of the contract. */
    FINAL
}
