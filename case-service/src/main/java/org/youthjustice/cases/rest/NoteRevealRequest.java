package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.NotePart;
import org.youthjustice.cases.domain.NoteRevealPurpose;

import java.util.Set;

@Schema(description = "A request for the free text of a case in full")
public record NoteRevealRequest(
        @NotNull
        @Schema(description = "Why the text is needed", examples = "SUPERVISION_REVIEW")
        NoteRevealPurpose purpose,

        @Size(max = 4)
        @Schema(description = "Which text: the places and notes of visits, the notes of services and of risk "
                + "assessments, the titles of the plan's goals; all of them when absent or empty",
                examples = "[\"VISITS\", \"RISK_ASSESSMENTS\"]")
        Set<@NotNull NotePart> parts) {

    Set<NotePart> partsAsked() {
        return parts == null ? Set.of() : parts;
    }
}
