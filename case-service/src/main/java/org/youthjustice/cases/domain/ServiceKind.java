package org.youthjustice.cases.domain;

/** The services a social worker delivers in community correction and prevention. */
public enum ServiceKind {
    PSYCHOLOGICAL_SUPPORT, BEHAVIOUR_CORRECTION, EMPLOYMENT_ASSISTANCE, EDUCATION, FAMILY_RELATIONS, LEGAL_EDUCATION,
    COMMUNITY_SERVICE
}
