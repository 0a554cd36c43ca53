package org.youthjustice.worker.domain;

/**
 * The state of a lay-assessor appointment. {@code ACTIVE} until revoked or ended; an active appointment whose term
 * is over reads as {@code EXPIRED}.
 */
public enum AssessorStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
