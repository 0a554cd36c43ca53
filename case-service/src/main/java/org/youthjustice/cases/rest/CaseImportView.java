package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.platform.problem.FieldError;

import java.util.List;

@Schema(description = "What became of each item of an import, in the order sent")
public record CaseImportView(
        @Schema(description = "Items received") int received,
        @Schema(description = "Items referred: a case was opened") int referred,
        @Schema(description = "Items refused") int refused,
        List<Item> items) {

    @Schema(name = "CaseImportItem", description = "One item: 201 with its reference, or the status and reason it "
            + "was refused (400 invalid, 409 an open case exists, named in existingReference when the caller's "
            + "court referred it, 422 a rule of the domain, 429 too many referrals meeting other courts' open cases "
            + "lately)")
    public record Item(
            @Schema(description = "Position in the request, from 0") int index,
            @Schema(examples = "201") int status,
            @Schema(description = "The new case, when referred", examples = "GZ-2026-000123") String reference,
            @Schema(description = "Why it was refused") String detail,
            @Schema(description = "The open case of the juvenile, when that is why and the caller's court "
                    + "referred it") String existingReference,
            List<FieldError> errors) {
    }
}
