package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.NotePart;
import org.youthjustice.cases.domain.NoteRevealPurpose;
import org.youthjustice.cases.service.NoteReveals;

import java.time.Instant;
import java.util.List;

@Schema(description = "The free text of a case in full, as a note reveal gives it; parts not asked for are null")
public record RevealedNotesView(
        @Schema(examples = "GZ-2026-000123") String reference,
        NoteRevealPurpose purpose,
        @Schema(description = "The parts given") List<NotePart> parts,
        @Schema(description = "Visits with a place or note, newest first, by the id of GET .../visits")
        List<VisitText> visits,
        @Schema(description = "Service records with a note, newest delivery first") List<NoteText> services,
        @Schema(description = "Risk assessments with a note, newest first") List<NoteText> riskAssessments,
        @Schema(description = "The plan's goals in its order") List<GoalText> goals,
        Instant revealedAt) {

    static RevealedNotesView of(NoteReveals.Revealed r) {
        return new RevealedNotesView(r.reference(), r.purpose(), r.parts(),
                r.visits() == null ? null : r.visits().stream().map(v -> new VisitText(v.id(), v.place(), v.note()))
                        .toList(),
                notes(r.services()), notes(r.riskAssessments()),
                r.goals() == null ? null : r.goals().stream().map(g -> new GoalText(g.position(), g.title())).toList(),
                r.revealedAt());
    }

    private static List<NoteText> notes(List<NoteReveals.NoteText> notes) {
        return notes == null ? null : notes.stream().map(n -> new NoteText(n.id(), n.note())).toList();
    }

    @Schema(description = "A visit's place and note")
    public record VisitText(long id, @Schema(examples = "Community centre") String place,
                            @Schema(examples = "Attends school again.") String note) {
    }

    @Schema(description = "The note of a service record or risk assessment, by its id")
    public record NoteText(long id, @Schema(examples = "Conflict at home has grown.") String note) {
    }

    @Schema(description = "The title of the plan's goal at a position (from 0)")
    public record GoalText(int position, @Schema(examples = "Back at school full time") String title) {
    }
}
