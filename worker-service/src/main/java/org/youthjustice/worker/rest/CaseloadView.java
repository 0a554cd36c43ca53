package org.youthjustice.worker.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.domain.CaseType;
import org.youthjustice.worker.domain.CaseloadCase;
import org.youthjustice.worker.domain.RiskLevel;
import org.youthjustice.worker.domain.WorkerCaseload;
import org.youthjustice.worker.service.DisclosedCaseload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A worker's caseload: the figures count every case the worker carries; the cases themselves (pseudonymous
 * references only, nothing about the juveniles) are listed as far as the caller may see them.
 */
@Schema(description = "A worker's caseload today: figures over all of the worker's cases, and the cases the caller "
        + "may see")
public record CaseloadView(
        String workerId,
        String agencyId,
        @Schema(description = "Every case the worker carries, including those not listed to the caller") int cases,
        @Schema(description = "Sum of the risk weights of every case the worker carries") BigDecimal weightedLoad,
        BigDecimal capacity,
        @Schema(description = "Weighted load as a percentage of capacity; null without a posting today")
        BigDecimal utilisationPercent,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The cases the caller may see: all of them for the worker, their agency's supervisors "
                + "and admins; those of the caller's office (office_code) for judicial officers; absent for court "
                + "officers and their partner systems, who read the figures only")
        List<CaseView> caseReferences) {

    static CaseloadView of(DisclosedCaseload disclosed) {
        WorkerCaseload caseload = disclosed.caseload();
        return new CaseloadView(caseload.workerId(), caseload.agencyCode(), caseload.cases().size(),
                caseload.weightedLoad(), caseload.capacity(), caseload.utilisationPercent(),
                disclosed.shownCases().map(shown -> shown.stream().map(CaseView::of).toList()).orElse(null));
    }

    /** One case of the caseload; {@code riskLevel} is null before the first assessment. */
    public record CaseView(String reference, CaseType caseType, String officeCode, RiskLevel riskLevel,
                           Instant assignedAt) {

        static CaseView of(CaseloadCase row) {
            return new CaseView(row.caseReference, row.caseType, row.officeCode, row.riskLevel, row.assignedAt);
        }
    }
}
