package org.youthjustice.worker.messaging.in;

import org.youthjustice.worker.domain.CaseType;
import org.youthjustice.worker.domain.RiskLevel;

import java.time.Instant;

/**
 * The fields worker-service reads of case-service's {@code case.assigned} v1 on {@code cases.v1}: the case's lead
 * worker was set or changed. A reassignment names the previous worker and comes without a {@code case.unassigned}.
 */
public record CaseAssigned(String reference, String officeCode, CaseType caseType, String workerId,
                           String agencyId, String previousWorkerId, RiskLevel riskLevel, Instant assignedAt) {

    public static final String TYPE = "case.assigned";
}
