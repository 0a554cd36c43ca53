package org.youthjustice.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.TeamRole;
import org.youthjustice.cases.service.CaseTeams;

import java.util.List;

@Schema(description = "The whole correction team of a case, replacing the one before")
public record TeamRequest(
        @NotNull
        @Size(max = 20)
        List<@NotNull @Valid Member> members) {

    List<CaseTeams.Member> toMembers() {
        return members.stream().map(m -> new CaseTeams.Member(m.role(), m.workerId(), m.name(), m.phone())).toList();
    }

    @Schema(description = "A worker by workerId; anyone else by name (and phone), which are encrypted at rest")
    public record Member(
            @NotNull
            @Schema(examples = "GUARDIAN")
            TeamRole role,

            @Pattern(regexp = "W[0-9]{4,9}", message = "must be W followed by 4 to 9 digits")
            @Schema(description = "For a WORKER only", examples = "W0002")
            String workerId,

            @Size(max = 50)
            @Schema(description = "For anyone but a WORKER", examples = "王**")
            String name,

            @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE)
            @Schema(description = "For anyone but a WORKER", examples = "139****4321")
            String phone) {
    }
}
