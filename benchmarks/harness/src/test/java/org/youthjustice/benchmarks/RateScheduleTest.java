package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void operationsAreDueAtTheRateFromTheStartWhateverTheEarlierOnesTook() {
        RateSchedule schedule = new RateSchedule(1_000, 5);

        assertEquals(1_000, schedule.dueNanos(0));
        assertEquals(1_000 + 200_000_000L, schedule.dueNanos(1));
        assertEquals(1_000 + 20_000_000_000L, schedule.dueNanos(100));
    }

    @Test
    void theAchievedRateCountsTheIntervalsBetweenStarts() {
        RateSchedule schedule = new RateSchedule(0, 5);

        // 100 operations started on time: the last at 19.8 s
        assertEquals(5.0, schedule.achieved(100, schedule.dueNanos(99)), 1e-9);
        // the same operations, the last started late at 39.6 s: half the rate
        assertEquals(2.5, schedule.achieved(100, 2 * schedule.dueNanos(99)), 1e-9);
        assertTrue(Double.isNaN(schedule.achieved(1, 0)));
    }

    @Test
    void aRateOfZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateSchedule(0, 0));
    }
}
