package org.youthjustice.cases.rest;

import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.RiskAssessment;
import org.youthjustice.cases.domain.ServiceRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a case as its ordinary reads show them to anyone but its lead worker ({@code NoteDisclosure}):
 * without their free text, which is not even decrypted for them, and naming the fields that hold text withheld, so
 * that the reader knows there is something to ask for with a note reveal.
 */
final class WithheldNotes {

    private WithheldNotes() {
    }

    static VisitView visit(CaseVisit v) {
        return new VisitView(v.id, v.status, v.dueOn, v.workerId, v.visitedAt, v.placeKind, null, null, v.recordedBy,
                v.closedAt, v.version, held("place", v.placeCipher, "note", v.noteCipher));
    }

    static ServiceRecordView service(ServiceRecord s) {
        return new ServiceRecordView(s.id, s.kind, s.minutes, s.deliveredOn, s.workerId, s.agencyId, null,
                s.recordedAt, s.recordedBy, held("note", s.noteCipher));
    }

    static RiskAssessmentView riskAssessment(RiskAssessment a) {
        return new RiskAssessmentView(a.id, a.level, a.previousLevel, a.factors.stream().sorted().toList(), null,
                a.assessedAt, a.assessedBy, a.assessorWorkerId, held("note", a.noteCipher));
    }

    /** Every goal has a title. */
    static PlanView plan(PlanView plan) {
        return new PlanView(plan.version(), plan.goals().stream().map(g -> new PlanView.GoalView(null, g.area(),
                g.targetDate(), g.progress(), g.status(), List.of("title"))).toList(), plan.updatedAt(),
                plan.updatedBy());
    }

    /** The names of the fields whose stored token is there: pairs of a field name and its token. */
    private static List<String> held(String... fieldsAndTokens) {
        List<String> held = new ArrayList<>();
        for (int i = 0; i < fieldsAndTokens.length; i += 2) {
            if (fieldsAndTokens[i + 1] != null) {
                held.add(fieldsAndTokens[i]);
            }
        }
        return List.copyOf(held);
    }
}
