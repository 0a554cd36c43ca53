package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.CaseHearing;

import java.time.Instant;
import java.util.List;

@Schema(description = "A court hearing of a juvenile case")
public record HearingView(
        long id,
        @Schema(examples = "CT-440104") String courtCode,
        Instant scheduledAt,
        @Schema(examples = "[\"W0107\", \"W0108\"]") List<String> assessorWorkerIds,
        Instant createdAt,
        String createdBy) {

    static HearingView of(CaseHearing h) {
        // the set loaded from the database has no order of its own
        return new HearingView(h.id, h.courtCode, h.scheduledAt, h.assessorWorkerIds.stream().sorted().toList(),
                h.createdAt, h.createdBy);
    }
}
