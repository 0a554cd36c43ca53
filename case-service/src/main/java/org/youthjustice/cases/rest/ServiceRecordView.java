package org.youthjustice.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.CipherColumns;
import org.youthjustice.cases.domain.ServiceKind;
import org.youthjustice.cases.domain.ServiceRecord;
import org.youthjustice.platform.identity.IdentityCipher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A service delivered to the juvenile")
public record ServiceRecordView(
        long id,
        ServiceKind kind,
        @Schema(examples = "90") int minutes,
        LocalDate deliveredOn,
        @Schema(examples = "W0001") String workerId,
        @Schema(examples = "52440100MJL123454L") String agencyId,
        @Schema(examples = "Second session on anger.") String note,
        Instant recordedAt,
        String recordedBy,
        @Schema(description = "The free-text fields of this record that hold text the caller is not shown: only the "
                + "case's lead worker reads them here, others through POST /cases/{reference}/note-reveals "
                + "(audited); empty when nothing is withheld", examples = "[\"note\"]")
        List<String> withheld) {

    /** A service record with nothing withheld. */
    public ServiceRecordView(long id, ServiceKind kind, int minutes, LocalDate deliveredOn, String workerId,
                             String agencyId, String note, Instant recordedAt, String recordedBy) {
        this(id, kind, minutes, deliveredOn, workerId, agencyId, note, recordedAt, recordedBy, List.of());
    }

    static ServiceRecordView of(ServiceRecord s, IdentityCipher cipher) {
        return new ServiceRecordView(s.id, s.kind, s.minutes, s.deliveredOn, s.workerId, s.agencyId,
                cipher.decrypt(s.noteCipher, CipherColumns.SERVICE_NOTE.at(s.caseId, s.id)), s.recordedAt,
                s.recordedBy);
    }
}
