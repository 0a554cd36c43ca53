package org.youthjustice.worker.service;

import org.youthjustice.worker.domain.SiteKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A posting to make: {@code to} is null for an open-ended posting. */
public record NewPosting(String siteCode, SiteKind siteKind, LocalDate from, LocalDate to, BigDecimal fraction,
                         String contractId, int dutyDaysPerWeek) {
}
