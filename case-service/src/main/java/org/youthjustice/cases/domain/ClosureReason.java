package org.youthjustice.cases.domain;

/** Why a case was closed. */
public enum ClosureReason {
    COMPLETED, REVOKED, TRANSFERRED, OTHER
}
