package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.GoalStatus;
import org.youthjustice.cases.domain.ServiceKind;
import org.youthjustice.cases.service.CasePlans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "The individual correction plan of a case")
public record PlanView(
        @Schema(description = "0 before the plan is first written; the ETag and If-Match name it") int version,
        List<GoalView> goals,
        Instant updatedAt,
        String updatedBy) {

    static PlanView of(CasePlans.Plan plan) {
        return new PlanView(plan.version(), plan.goals().stream().map(g -> new GoalView(g.title(), g.area(),
                g.targetDate(), g.progress(), g.status())).toList(), plan.updatedAt(), plan.updatedBy());
    }

    @Schema(description = "A goal of the plan with its progress")
    public record GoalView(
            @Schema(examples = "Back at school full time") String title,
            ServiceKind area,
            LocalDate targetDate,
            @Schema(examples = "40") int progress,
            GoalStatus status,
            @Schema(description = "[\"title\"] when the goal has a title the caller is not shown: only the case's "
                    + "lead worker reads it here, others through POST /cases/{reference}/note-reveals (audited); "
                    + "empty otherwise", examples = "[\"title\"]")
            List<String> withheld) {

        /** A goal with nothing withheld. */
        public GoalView(String title, ServiceKind area, LocalDate targetDate, int progress, GoalStatus status) {
            this(title, area, targetDate, progress, status, List.of());
        }
    }
}
