package org.youthjustice.worker.messaging.in;

import org.youthjustice.worker.domain.RiskLevel;

import java.time.Instant;

/**
 * The fields worker-service reads of case-service's {@code risk.changed} v1 on {@code cases.v1}: a new assessment
 * weights the case anew.
 */
public record RiskChanged(String reference, RiskLevel level, Instant assessedAt) {

    public static final String TYPE = "risk.changed";
}
