package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.AssignmentEnd;
import org.youthjustice.cases.domain.CaseAssignment;

import java.time.Instant;

@Schema(description = "One lead worker's time on a case")
public record AssignmentView(
        @Schema(examples = "W0001") String workerId,
        @Schema(examples = "52440100MJL123454L") String agencyId,
        String reason,
        Instant assignedAt,
        String assignedBy,
        Instant endedAt,
        String endedBy,
        AssignmentEnd endReason) {

    static AssignmentView of(CaseAssignment a) {
        return new AssignmentView(a.workerId, a.agencyId, a.reason, a.assignedAt, a.assignedBy, a.endedAt, a.endedBy,
                a.endReason);
    }
}
