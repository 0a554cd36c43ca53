package org.youthjustice.cases.domain;

/** The level of the latest risk assessment of a case; it sets how often the juvenile is visited. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
