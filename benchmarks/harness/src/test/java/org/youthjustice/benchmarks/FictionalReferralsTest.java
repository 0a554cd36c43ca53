package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.IdentityNumber;

class FictionalReferralsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void everyReferralOfARunHasItsOwnValidIdentityNumber() {
        FictionalReferrals referrals = new FictionalReferrals(new Random(7), TODAY);
        Set<String> numbers = new HashSet<>();

        for (int i = 0; i < 5_000; i++) {
            String number = referrals.next().path("juvenile").path("identityNumber").asText();
            assertTrue(IdentityNumber.isValid(number));
            numbers.add(number);
        }

        // a repeated number would answer 409 and lower the count of cases the run can refer
        assertEquals(5_000, numbers.size());
    }

    @Test
    void theJuvenileWasUnder18OnTheOffenceAndThePeriodIsAfterIt() {
        FictionalReferrals referrals = new FictionalReferrals(new Random(11), TODAY);

        for (int i = 0; i < 1_000; i++) {
            JsonNode referral = referrals.next();
            LocalDate offence = LocalDate.parse(referral.path("offenceDate").asText());
            IdentityNumber juvenile = IdentityNumber.parse(referral.path("juvenile").path("identityNumber").asText(),
                    TODAY);

            // the service refuses an adult at the offence (422) and an offence before the birth or in the future (400);
            // an offence before the 18th birthday is a minor's however the service counts the years
            assertTrue(offence.isBefore(juvenile.birthDate().plusYears(18)));
            assertTrue(juvenile.birthDate().isBefore(offence));
            assertTrue(offence.isBefore(TODAY));
            assertTrue(LocalDate.parse(referral.path("periodStart").asText())
                    .isBefore(LocalDate.parse(referral.path("periodEnd").asText())));
            assertEquals(FictionalReferrals.OFFICE, referral.path("officeCode").asText());
        }
    }
}
