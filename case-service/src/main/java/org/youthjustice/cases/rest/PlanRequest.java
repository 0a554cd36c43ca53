package org.youthjustice.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.GoalStatus;
import org.youthjustice.cases.domain.ServiceKind;
import org.youthjustice.cases.service.CasePlans;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "The whole individual correction plan of a case, replacing the one before")
public record PlanRequest(
        @NotNull
        @Size(max = 30)
        List<@NotNull @Valid Goal> goals) {

    List<CasePlans.Goal> toGoals() {
        return goals.stream().map(g -> new CasePlans.Goal(g.title(), g.area(), g.targetDate(), g.progress(),
                g.status())).toList();
    }

    @Schema(description = "A goal of the plan with its progress")
    public record Goal(
            @NotBlank
            @Size(max = 200)
            @Schema(description = "Free text; encrypted at rest, never published",
                    examples = "Back at school full time")
            String title,

            @Schema(description = "The kind of service that works towards it", examples = "EDUCATION")
            ServiceKind area,

            @Schema(examples = "2027-03-01")
            LocalDate targetDate,

            @NotNull
            @Min(0)
            @Max(100)
            @Schema(description = "Per cent, 0 to 100", examples = "40")
            Integer progress,

            @NotNull
            @Schema(examples = "OPEN")
            GoalStatus status) {
    }
}
