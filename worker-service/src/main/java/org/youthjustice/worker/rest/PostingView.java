package org.youthjustice.worker.rest;

import org.youthjustice.worker.domain.Posting;
import org.youthjustice.worker.domain.SiteKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record PostingView(long postingId, String workerId, String siteCode, SiteKind siteKind, LocalDate from,
                          LocalDate to, BigDecimal fraction, int dutyDaysPerWeek, String contractId,
                          Instant postedAt, Instant endedAt) {

    static PostingView of(Posting posting) {
        return new PostingView(posting.id, posting.workerId, posting.siteCode, posting.siteKind, posting.startsOn,
                posting.endsOn, posting.fraction, posting.dutyDaysPerWeek, posting.contractId, posting.createdAt,
                posting.endedAt);
    }
}
