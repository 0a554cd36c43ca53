package org.youthjustice.cases.domain;

import java.util.List;

/**
 * Where a case stands: {@code REFERRED → INTAKE → ACTIVE ⇄ SUSPENDED → CLOSED}; a case closes from ACTIVE or
 * SUSPENDED only, and CLOSED is final.
 */
public enum CaseStatus {
    REFERRED, INTAKE, ACTIVE, SUSPENDED, CLOSED;

    /** The statuses a case in this one may move to. */
    public List<CaseStatus> allowedTargets() {
        return switch (this) {
            case REFERRED -> List.of(INTAKE);
            case INTAKE -> List.of(ACTIVE);
            case ACTIVE -> List.of(SUSPENDED, CLOSED);
            case SUSPENDED -> List.of(ACTIVE, CLOSED);
            case CLOSED -> List.of();
        };
    }

    public boolean mayMoveTo(CaseStatus target) {
        return allowedTargets().contains(target);
    }

    /** Accepted by the office and not closed: the case's tracking (team, plan, risk, services) may be written. */
    public boolean isTracked() {
        return this != REFERRED && this != CLOSED;
    }
}
