package org.youthjustice.worker.rest;

import org.youthjustice.worker.domain.CaseType;
import org.youthjustice.worker.domain.CaseloadCase;
import org.youthjustice.worker.domain.RiskLevel;
import org.youthjustice.worker.domain.WorkerCaseload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A worker's caseload: pseudonymous case references only, nothing about the juveniles. */
public record CaseloadView(String workerId, String agencyId, int cases, BigDecimal weightedLoad, BigDecimal capacity,
                           BigDecimal utilisationPercent, List<CaseView> caseReferences) {

    static CaseloadView of(WorkerCaseload caseload) {
        return new CaseloadView(caseload.workerId(), caseload.agencyCode(), caseload.cases().size(),
                caseload.weightedLoad(), caseload.capacity(), caseload.utilisationPercent(),
                caseload.cases().stream().map(CaseView::of).toList());
    }

    /** One case of the caseload; {@code riskLevel} is null before the first assessment. */
    public record CaseView(String reference, CaseType caseType, String officeCode, RiskLevel riskLevel,
                           Instant assignedAt) {

        static CaseView of(CaseloadCase row) {
            return new CaseView(row.caseReference, row.caseType, row.officeCode, row.riskLevel, row.assignedAt);
        }
    }
}
