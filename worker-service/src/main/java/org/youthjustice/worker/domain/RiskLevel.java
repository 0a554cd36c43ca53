package org.youthjustice.worker.domain;

/** A case's risk level as case-service assesses it; it weights the case in the worker's load. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
