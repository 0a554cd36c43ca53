package org.youthjustice.cases.service;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The month published in {@code subject.turned-18}: the one of the first day the juvenile is 18 by criminal law. */
class MonthOfEighteenTest {

    private static YearMonth monthOfEighteen(LocalDate birthDate) {
        return TurningEighteenCheck.monthOfEighteen(IdentityNumber.compose("440104", birthDate, 1));
    }

    @Test
    void isTheMonthOfTheBirthdayWhenTheDayAfterItFallsInIt() {
        assertEquals(YearMonth.of(2026, 11), monthOfEighteen(LocalDate.of(2008, 11, 1)));
        assertEquals(YearMonth.of(2026, 11), monthOfEighteen(LocalDate.of(2008, 11, 29)));
    }

    @Test
    void isTheNextMonthWhenTheBirthdayIsTheLastDayOfItsMonth() {
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
