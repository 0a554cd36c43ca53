package org.youthjustice.procurement.domain;

/** Where a contract's money comes from; each source at most once per contract, their amounts add up to the budget. */
public enum FundingSource {
    /** 财政资金: the purchaser's budget. */
    FISCAL,
    /** 慈善资金: charitable funds, e.g. a foundation's. */
    CHARITABLE,
    OTHER
}
