package org.youthjustice.worker.domain;

public enum AgencyStatus {
    ACTIVE,
    SUSPENDED,
    DEREGISTERED
}
