package org.youthjustice.cases.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.PlaceKind;
import org.youthjustice.cases.service.CaseVisits;

import java.time.Instant;

@Schema(description = "A visit as the worker reports it from the field")
public record VisitRequest(
        @NotNull
        @Schema(description = "When it took place; not in the future", examples = "2026-11-27T02:30:00Z")
        Instant at,

        @NotNull
        @Schema(examples = "HOME")
        PlaceKind placeKind,

        @Size(max = 200)
        @Schema(description = "The place in words; encrypted at rest, never published", examples = "Community centre")
        String place,

        @Size(max = 2000)
        @Schema(description = "Free text; encrypted at rest, never published", examples = "Attends school again.")
        String note) {

    CaseVisits.Fieldwork fieldwork() {
        return new CaseVisits.Fieldwork(at, placeKind, place, note);
    }
}
