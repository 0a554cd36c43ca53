package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.CipherColumns;
import org.youthjustice.cases.domain.RiskAssessment;
import org.youthjustice.cases.domain.RiskFactor;
import org.youthjustice.cases.domain.RiskLevel;
import org.youthjustice.platform.identity.IdentityCipher;

import java.time.Instant;
import java.util.List;

@Schema(description = "One risk assessment of a case")
public record RiskAssessmentView(
        long id,
        @Schema(examples = "HIGH") RiskLevel level,
        @Schema(description = "The level before it; null at the first assessment", examples = "MEDIUM")
        RiskLevel previousLevel,
        List<RiskFactor> factors,
        @Schema(examples = "Conflict at home has grown since the last visit.") String note,
        Instant assessedAt,
        String assessedBy,
        @Schema(description = "The assessor's worker id when a social worker assessed", examples = "W0001")
        String assessorWorkerId,
        @Schema(description = "The free-text fields of this record that hold text the caller is not shown: only the "
                + "case's lead worker reads them here, others through POST /cases/{reference}/note-reveals "
                + "(audited); empty when nothing is withheld", examples = "[\"note\"]")
        List<String> withheld) {

    /** An assessment with nothing withheld. */
    public RiskAssessmentView(long id, RiskLevel level, RiskLevel previousLevel, List<RiskFactor> factors, String note,
                              Instant assessedAt, String assessedBy, String assessorWorkerId) {
        this(id, level, previousLevel, factors, note, assessedAt, assessedBy, assessorWorkerId, List.of());
    }

    static RiskAssessmentView of(RiskAssessment a, IdentityCipher cipher) {
        return new RiskAssessmentView(a.id, a.level, a.previousLevel, a.factors.stream().sorted().toList(),
                cipher.decrypt(a.noteCipher, CipherColumns.RISK_NOTE.at(a.caseId, a.id)), a.assessedAt, a.assessedBy,
                a.assessorWorkerId);
    }
}
