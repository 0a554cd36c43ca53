package org.youthjustice.cases.service;

import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.CorrectionKind;
import org.youthjustice.cases.domain.ReferralSource;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral of a juvenile as the court sent it; the referring court is the caller's. The identity number arrives
 * parsed, once, at the edge: nothing after it parses or normalises it again.
 */
public record NewReferral(CaseType type, CorrectionKind correctionKind, ReferralSource referralSource,
                          String officeCode, LocalDate periodStart, LocalDate periodEnd, LocalDate offenceDate,
                          String regionCode, String gridCode, String name, IdentityNumber identityNumber, String phone,
                          String address, List<Guardian> guardians) {

    /** Shows nothing of the juvenile, in case a referral reaches a log. */
    @Override
    public String toString() {
        return "NewReferral[protected]";
    }
}
