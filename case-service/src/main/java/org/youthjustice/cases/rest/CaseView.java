package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.ClosureReason;
import org.youthjustice.cases.domain.CorrectionKind;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.ReferralSource;
import org.youthjustice.cases.domain.RiskLevel;
import org.youthjustice.cases.service.CaseIdentity;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "A case; the juvenile's personal data is masked")
public record CaseView(
        @Schema(description = "Pseudonymous reference", examples = "GZ-2026-000123") String reference,
        CaseType type,
        CorrectionKind correctionKind,
        ReferralSource referralSource,
        @Schema(examples = "JO-440104-01") String officeCode,
        @Schema(examples = "CT-440104") String courtCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate offenceDate,
        @Schema(examples = "440104") String regionCode,
        String gridCode,
        CaseStatus status,
        ClosureReason closureReason,
        @Schema(description = "The lead social worker, null while unassigned (and for the referring court, which sees "
                + "the referral data only)", examples = "W0001")
        String assignedWorkerId,
        @Schema(description = "The lead worker's agency", examples = "52440100MJL123454L") String assignedAgencyId,
        @Schema(description = "The latest risk assessment's level, null before the first") RiskLevel riskLevel,
        @Schema(description = "The lead worker left or was suspended: assign another") Boolean reassignmentNeeded,
        JuvenileView juvenile,
        Instant referredAt,
        Instant updatedAt,
        @Schema(description = "When the case was sealed; only a reader with a legal basis and a purpose sees a "
                + "sealed case") Instant sealedAt) {

    static CaseView of(JuvenileCase c, CaseIdentity.Masked masked) {
        return new CaseView(c.reference, c.type, c.correctionKind, c.referralSource, c.officeCode, c.courtCode,
                c.periodStart, c.periodEnd, c.offenceDate, c.regionCode, c.gridCode, c.status, c.closureReason,
                c.assignedWorkerId, c.assignedAgencyId, c.riskLevel, c.reassignmentNeeded, JuvenileView.of(masked),
                c.createdAt, c.updatedAt, c.sealedAt);
    }

    /** The referral data only, for the referring court: nothing of how the case is worked on (lead worker, risk). */
    static CaseView referralOf(JuvenileCase c, CaseIdentity.Masked masked) {
        return new CaseView(c.reference, c.type, c.correctionKind, c.referralSource, c.officeCode, c.courtCode,
                c.periodStart, c.periodEnd, c.offenceDate, c.regionCode, c.gridCode, c.status, c.closureReason,
                null, null, null, null, JuvenileView.of(masked), c.createdAt, c.updatedAt, c.sealedAt);
    }
}
