package org.youthjustice.cases.domain;

/** The free text of a case, by where it is kept: what a note reveal asks for and its audit row names. */
public enum NotePart {
    /** The place and note of each visit. */
    VISITS,
    /** The note of each service record. */
    SERVICES,
    /** The note of each risk assessment. */
    RISK_ASSESSMENTS,
    /** The title of each goal of the correction plan. */
    PLAN
}
