package org.youthjustice.worker.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.domain.SiteKind;
import org.youthjustice.worker.service.PostingService;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "Who is posted where, when")
public record RosterEntryView(long postingId, String siteCode, SiteKind siteKind, String workerId,
                              @Schema(description = "Masked name", examples = "张*明") String name,
                              String agencyCode, LocalDate from, LocalDate to, BigDecimal fraction,
                              int dutyDaysPerWeek, String contractId) {

    static RosterEntryView of(PostingService.RosterEntry entry, String maskedName) {
        var posting = entry.posting();
        return new RosterEntryView(posting.id, posting.siteCode, posting.siteKind, posting.workerId, maskedName,
                entry.worker().agencyCode, posting.startsOn, posting.endsOn, posting.fraction,
                posting.dutyDaysPerWeek, posting.contractId);
    }
}
