package org.youthjustice.cases.service;

import org.junit.jupiter.api.Test;
import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.CorrectionKind;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewReferralTest {

    @Test
    void aReferralThatReachesALogShowsNothingOfTheJuvenile() {
        IdentityNumber number = IdentityNumber.compose("440104", LocalDate.of(2010, 3, 15), 123);
        NewReferral referral = new NewReferral(CaseType.CORRECTION, CorrectionKind.PROBATION, null, "JO-440104-01",
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), LocalDate.of(2026, 5, 10), "440104",
                "440104-003-07", "张小明", number, "13812345678", "广东省广州市越秀区示例路1号",
                List.of(new Guardian("张大明", "13987654321")));

        assertEquals("NewReferral[protected]", referral.toString());
    }
}
