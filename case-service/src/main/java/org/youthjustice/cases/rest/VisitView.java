package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.CaseVisit;
import org.youthjustice.cases.domain.CipherColumns;
import org.youthjustice.cases.domain.PlaceKind;
import org.youthjustice.cases.domain.VisitStatus;
import org.youthjustice.platform.identity.IdentityCipher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A visit of the lead worker: scheduled, completed, missed or cancelled")
public record VisitView(
        long id,
        VisitStatus status,
        @Schema(description = "Due by this day (Asia/Shanghai); null for a visit recorded without a schedule",
                examples = "2026-12-04")
        LocalDate dueOn,
        @Schema(examples = "W0001") String workerId,
        @Schema(description = "When it took place, once completed") Instant at,
        PlaceKind placeKind,
        @Schema(examples = "Community centre") String place,
        @Schema(examples = "Attends school again.") String note,
        String recordedBy,
        @Schema(description = "When it was completed, missed or cancelled") Instant closedAt,
        @Schema(description = "The version an If-Match of PUT may name (as ETag \"<version>\")") int version,
        @Schema(description = "The free-text fields of this record that hold text the caller is not shown: only the "
                + "case's lead worker reads them here, others through POST /cases/{reference}/note-reveals "
                + "(audited); empty when nothing is withheld", examples = "[\"place\", \"note\"]")
        List<String> withheld) {

    /** A visit with nothing withheld. */
    public VisitView(long id, VisitStatus status, LocalDate dueOn, String workerId, Instant at, PlaceKind placeKind,
                     String place, String note, String recordedBy, Instant closedAt, int version) {
        this(id, status, dueOn, workerId, at, placeKind, place, note, recordedBy, closedAt, version, List.of());
    }

    static VisitView of(CaseVisit v, IdentityCipher cipher) {
        return new VisitView(v.id, v.status, v.dueOn, v.workerId, v.visitedAt, v.placeKind,
                cipher.decrypt(v.placeCipher, CipherColumns.VISIT_PLACE.at(v.caseId, v.id)),
                cipher.decrypt(v.noteCipher, CipherColumns.VISIT_NOTE.at(v.caseId, v.id)), v.recordedBy, v.closedAt,
                v.version);
    }
}
