package org.youthjustice.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceZoneTest {

    /** 16:30 UTC is half past midnight in Guangzhou: the day there has already turned. */
    private static final Instant AFTER_MIDNIGHT_IN_CHINA = Instant.parse("2026-02-28T16:30:00Z");

    @Test
    void todayIsTheDayInChinaWhateverTheZoneOfTheClock() {
        assertEquals(LocalDate.of(2026, 3, 1), ServiceZone.today(Clock.fixed(AFTER_MIDNIGHT_IN_CHINA, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 3, 1),
                ServiceZone.today(Clock.fixed(AFTER_MIDNIGHT_IN_CHINA, ZoneOffset.ofHours(-8))));
    }

    @Test
    void anInstantFallsOnItsDayInChina() {
        assertEquals(LocalDate.of(2026, 3, 1), ServiceZone.dayOf(AFTER_MIDNIGHT_IN_CHINA));
        assertEquals(LocalDate.of(2026, 2, 28), ServiceZone.dayOf(Instant.parse("2026-02-28T15:59:59Z")));
    }

    @Test
    void theServiceClockRunsInUtcAndTicksInMicroseconds() {
        Clock clock = new ServiceClock().clock();

        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertEquals(0, clock.instant().getNano() % 1_000);
    }
}
