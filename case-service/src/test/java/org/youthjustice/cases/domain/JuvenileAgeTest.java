package org.youthjustice.cases.domain;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Age as criminal law counts it, and the month published in {@code subject.turned-18}: the one of the first day the
 * juvenile is 18.
 */
class JuvenileAgeTest {

    private static JuvenileAge bornOn(LocalDate birthDate) {
        return JuvenileAge.of(IdentityNumber.compose("440104", birthDate, 1));
    }

    private static YearMonth monthOfEighteen(LocalDate birthDate) {
        return bornOn(birthDate).monthOfEighteen();
    }

    @Test
    void countsAgeAsCriminalLawDoesFromTheDayAfterTheBirthday() {
        JuvenileAge age = bornOn(LocalDate.of(2008, 1, 1));

        assertEquals(0, age.on(LocalDate.of(2008, 1, 1)));
        assertEquals(17, age.on(LocalDate.of(2025, 12, 31)));
        assertEquals(17, age.on(LocalDate.of(2026, 1, 1)), "still 17 on the 18th birthday");
        assertEquals(18, age.on(LocalDate.of(2026, 1, 2)));
        assertTrue(age.isMinorOn(LocalDate.of(2026, 1, 1)));
        assertFalse(age.isMinorOn(LocalDate.of(2026, 1, 2)));
        assertThrows(IllegalArgumentException.class, () -> age.on(LocalDate.of(2007, 12, 31)));
    }

    @Test
    void monthOfEighteenIsTheMonthOfTheBirthdayWhenTheDayAfterItFallsInIt() {
        assertEquals(YearMonth.of(2026, 11), monthOfEighteen(LocalDate.of(2008, 11, 1)));
        assertEquals(YearMonth.of(2026, 11), monthOfEighteen(LocalDate.of(2008, 11, 29)));
    }

    @Test
    void monthOfEighteenIsTheNextMonthWhenTheBirthdayIsTheLastDayOfItsMonth() {
        assertEquals(YearMonth.of(2026, 12), monthOfEighteen(LocalDate.of(2008, 11, 30)));
        assertEquals(YearMonth.of(2027, 1), monthOfEighteen(LocalDate.of(2008, 12, 31)));
        // 28 February 2008 was not the last day of its month, but 28 February 2026 is: 18 from 1 March
        assertEquals(YearMonth.of(2026, 3), monthOfEighteen(LocalDate.of(2008, 2, 28)));
    }

    @Test
    void aChildOf29FebruaryIs18InMarchOfACommonYear() {
        assertEquals(YearMonth.of(2026, 3), monthOfEighteen(LocalDate.of(2008, 2, 29)));
    }
}
