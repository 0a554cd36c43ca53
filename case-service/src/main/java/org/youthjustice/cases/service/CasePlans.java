package org.youthjustice.cases.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.CasePlan;
import org.youthjustice.cases.domain.CasePlanGoal;
import org.youthjustice.cases.domain.GoalStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.RowIds;
import org.youthjustice.cases.domain.ServiceKind;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static org.youthjustice.cases.domain.CipherColumns.GOAL_TITLE;
import static org.youthjustice.cases.domain.CipherColumns.PLAN_GOAL;

/** The individual correction plan of a case: its goals and their progress, replaced as a whole. */
@ApplicationScoped
@Transactional
public class CasePlans {

    @Inject
    Caseload cases;

    @Inject
    IdentityCipher cipher;

    @Inject
    ListVersions versions;

    /**
     * Replaces the goals of the plan. With {@code expectedVersion}, the plan must still be that version (412
     * otherwise); a plan not written yet is version 0, each write adds one.
     */
    public Plan replace(String reference, OptionalInt expectedVersion, List<Goal> goals) {
        JuvenileCase c = cases.findForUpdate(reference, OptionalInt.empty());
        if (!c.status.isTracked()) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + ": its plan is written once "
                    + "the office has accepted it, until it is closed.").with("caseStatus", c.status.name());
        }
        versions.claim(CasePlan.class, CasePlan::new, c.id, expectedVersion, "The plan of case " + reference);
        CasePlanGoal.delete("caseId", c.id);
        List<Long> ids = RowIds.next(PLAN_GOAL.name(), goals.size());
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            CasePlanGoal row = new CasePlanGoal();
            row.id = ids.get(i);
            row.caseId = c.id;
            row.position = i;
            row.titleCipher = cipher.encrypt(goal.title().strip(), GOAL_TITLE.at(row.caseId, row.id));
            row.area = goal.area();
            row.targetDate = goal.targetDate();
            row.progress = goal.progress();
            row.status = goal.status();
            row.persist();
        }
        CasePlanGoal.flush();
        return read(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan plan(String reference) {
        return read(cases.find(reference));
    }

    private Plan read(JuvenileCase c) {
        CasePlan plan = CasePlan.findById(c.id);
        if (plan == null) {
            return new Plan(0, List.of(), null, null);
        }
        List<Goal> goals = CasePlanGoal.<CasePlanGoal>list("caseId", Sort.by("position"), c.id).stream()
                .map(g -> new Goal(cipher.decrypt(g.titleCipher, GOAL_TITLE.at(g.caseId, g.id)), g.area,
                        g.targetDate, g.progress, g.status))
                .toList();
        return new Plan(ListVersions.versionOf(plan), goals, plan.updatedAt, plan.updatedBy);
    }

    public record Goal(String title, ServiceKind area, LocalDate targetDate, int progress, GoalStatus status) {
    }

    /** A plan with its version (0 before it is first written). */
    public record Plan(int version, List<Goal> goals, Instant updatedAt, String updatedBy) {
    }
}
