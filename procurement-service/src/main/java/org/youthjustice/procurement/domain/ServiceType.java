package org.youthjustice.procurement.domain;

/** The social work a contract buys. */
public enum ServiceType {
    /** 司法社会工作: community correction and its clients. */
    JUDICIAL_SOCIAL_WORK,
    /** 青少年事务社会工作: prevention with young people at risk. */
    YOUTH_AFFAIRS_SOCIAL_WORK
}
