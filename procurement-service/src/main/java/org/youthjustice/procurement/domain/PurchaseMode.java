package org.youthjustice.procurement.domain;

/** How the government buys the service. */
public enum PurchaseMode {
    /** 岗位购买: funded posts of social workers, paid per post-year. */
    BY_POST,
    /** 项目购买: a project with agreed outputs, paid per milestone. */
    BY_PROJECT
}
