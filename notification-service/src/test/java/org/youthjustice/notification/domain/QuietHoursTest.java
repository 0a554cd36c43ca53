package org.youthjustice.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuietHoursTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void anAlertOfTheEveningWaitsUntilTheNextMorningInTheSubscribersZone() {
        // 23:30 in Shanghai is 15:30 UTC; 07:00 the next morning there is 23:00 UTC the same day
        assertEquals(Optional.of(Instant.parse("2026-12-04T23:00:00Z")),
                NIGHT.endAround(Instant.parse("2026-12-04T15:30:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-12-04T23:00:00Z")),
                NIGHT.endAround(Instant.parse("2026-12-04T14:00:00Z")), "from 22:00 exactly");
    }

    @Test
    void anAlertAfterMidnightWaitsUntilThatMorning() {
        // 03:00 on the 5th in Shanghai is 19:00 UTC on the 4th
        assertEquals(Optional.of(Instant.parse("2026-12-04T23:00:00Z")),
                NIGHT.endAround(Instant.parse("2026-12-04T19:00:00Z")));
    }

    @Test
    void anAlertOutsideTheQuietHoursIsNotHeld() {
        assertEquals(Optional.empty(), NIGHT.endAround(Instant.parse("2026-12-04T04:00:00Z")), "12:00 there");
        assertEquals(Optional.empty(), NIGHT.endAround(Instant.parse("2026-12-04T23:00:00Z")), "07:00 there: over");
    }

    @Test
    void hoursWithinOneDayHoldOnlyBetweenStartAndEnd() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), ZoneId.of("UTC"));

        assertEquals(Optional.of(Instant.parse("2026-12-04T13:30:00Z")),
                lunch.endAround(Instant.parse("2026-12-04T12:10:00Z")));
        assertEquals(Optional.empty(), lunch.endAround(Instant.parse("2026-12-04T11:59:00Z")));
        assertEquals(Optional.empty(), lunch.endAround(Instant.parse("2026-12-04T22:30:00Z")));
    }

    @Test
    void hoursThatEndWhenTheyStartAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0), ZoneId.of("UTC")));
    }
}
