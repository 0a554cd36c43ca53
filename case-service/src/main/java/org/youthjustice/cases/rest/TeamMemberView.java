package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.TeamRole;
import org.youthjustice.cases.service.CaseTeams;

@Schema(description = "A member of a correction team; name and phone in clear for the lead worker, masked for others")
public record TeamMemberView(
        TeamRole role,
        @Schema(examples = "W0002") String workerId,
        @Schema(examples = "王**") String name,
        @Schema(examples = "139****4321") String phone) {

    static TeamMemberView of(CaseTeams.Member m) {
        return new TeamMemberView(m.role(), m.workerId(), m.name(), m.phone());
    }
}
