package org.youthjustice.procurement.domain;

/** The three kinds of department that buy social-work services for young people in trouble with the law. */
public enum DepartmentKind {
    /** 司法局: judicial social work with community-correction clients. */
    JUSTICE_BUREAU,
    /** 民政局: civil affairs, the register of social organisations and general social-work purchase. */
    CIVIL_AFFAIRS_BUREAU,
    /** 共青团委员会: youth affairs, prevention work with young people at risk. */
    YOUTH_LEAGUE_COMMITTEE
}
