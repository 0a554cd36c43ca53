package org.youthjustice.cases.messaging.out;

import java.time.Instant;

/**
 * Data of {@code risk.changed} v1 on {@code cases.v1}, keyed by case reference: an assessment changed the case's
 * risk level (worker-service weights the lead worker's caseload with it). {@code previousLevel} is null at the
 * first assessment, {@code workerId} when the case has no lead worker.
 */
public record RiskChanged(String reference, String officeCode, String level, String previousLevel, String workerId,
                          Instant assessedAt) {

    public static final String TYPE = "risk.changed";
    public static final int VERSION = 1;
}
