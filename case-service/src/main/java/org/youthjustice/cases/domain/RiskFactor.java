package org.youthjustice.cases.domain;

/** The factors a risk assessment names, from the criminogenic needs the offices assess. */
public enum RiskFactor {
    FAMILY_CONFLICT, SCHOOL_DROPOUT, SUBSTANCE_USE, DELINQUENT_PEERS, PRIOR_OFFENCES, MENTAL_HEALTH, UNEMPLOYMENT
}
