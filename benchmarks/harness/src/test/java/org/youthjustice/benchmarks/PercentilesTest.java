package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final long MS = 1_000_000L;

    @Test
    void nearestRankOfAHundredSamplesIsTheFiftiethAndNinetyNinth() {
        List<Long> samples = new ArrayList<>();
        // 1..100 ms, in reverse so that the order given does not matter
        for (long ms = 100; ms >= 1; ms--) {
            samples.add(ms * MS);
        }
        Percentiles percentiles = Percentiles.of(samples);

        assertEquals(50.0, percentiles.p50());
        assertEquals(99.0, percentiles.p99());
        assertEquals(100.0, percentiles.max());
        assertEquals(100, percentiles.count());
    }

    @Test
    void aPercentileIsAlwaysOneOfTheSamples() {
        Percentiles percentiles = Percentiles.of(List.of(10 * MS, 20 * MS, 30 * MS));

        assertEquals(20.0, percentiles.p50());
        // with three samples the 99th percentile is the largest, not a value between two
        assertEquals(30.0, percentiles.p99());
        assertEquals(10.0, percentiles.millis(1));
    }

    @Test
    void oneSlowSampleInAHundredIsNotTheP99ButIsTheMax() {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            samples.add(5 * MS);
        }
        samples.add(900 * MS);
        Percentiles percentiles = Percentiles.of(samples);

        assertEquals(5.0, percentiles.p99());
        assertEquals(900.0, percentiles.max());
    }

    @Test
    void withoutSamplesThereIsNoValue() {
        Percentiles percentiles = Percentiles.of(List.of());

        assertTrue(Double.isNaN(percentiles.p50()));
        assertEquals(0, percentiles.count());
        assertEquals("n/a", Markdown.number(percentiles.p99(), 1));
    }

    @Test
    void aPercentileOutsideZeroToAHundredIsRefused() {
        Percentiles percentiles = Percentiles.of(List.of(MS));

        assertThrows(IllegalArgumentException.class, () -> percentiles.millis(0));
        assertThrows(IllegalArgumentException.class, () -> percentiles.millis(101));
    }
}
