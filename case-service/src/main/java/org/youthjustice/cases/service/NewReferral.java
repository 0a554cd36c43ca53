package org.youthjustice.cases.service;

import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.CorrectionKind;
import org.youthjustice.cases.domain.ReferralSource;

import java.time.LocalDate;
import java.util.List;

/** A referral of a juvenile as the court sent it; the referring court is the caller's. */
public record NewReferral(CaseType type, CorrectionKind correctionKind, ReferralSource referralSource,
                          String officeCode, LocalDate periodStart, LocalDate periodEnd, LocalDate offenceDate,
                          String regionCode, String gridCode, String name, String identityNumber, String phone,
                          String address, List<Guardian> guardians) {
}
