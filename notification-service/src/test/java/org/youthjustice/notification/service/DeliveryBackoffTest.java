package org.youthjustice.notification.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unit test (no application): the backoff of a transient failure grows exponentially, jittered, up to its cap. */
class DeliveryBackoffTest {

    private static DeliveryOutcomes outcomes() {
        DeliveryOutcomes outcomes = new DeliveryOutcomes();
        outcomes.settings = new DeliverySettings() {
            public Duration pollEvery() { return Duration.ofSeconds(1); }
            public int maxInFlight() { return 16; }
            public int maxInFlightPerRecipient() { return 2; }
            public Duration lease() { return Duration.ofMinutes(1); }
            public Duration backoffBase() { return Duration.ofSeconds(5); }
            public Duration backoffMax() { return Duration.ofMinutes(5); }
            public Duration retryFor() { return Duration.ofHours(1); }
        };
        return outcomes;
    }

    @Test
    void eachAttemptWaitsUpToTwiceAsLongAsTheLastUpToTheCap() {
        DeliveryOutcomes outcomes = outcomes();
        for (int attempts = 1; attempts <= 40; attempts++) {
            long ceiling = Math.min(300_000, 5_000L << Math.min(attempts - 1, 20));
            int n = attempts;
            IntStream.range(0, 200).mapToLong(i -> outcomes.backoff(n).toMillis()).forEach(waited ->
                    assertTrue(waited >= 0 && waited <= ceiling, () -> "attempt " + n + " waited " + waited));
        }
    }

    @Test
    void theWaitIsJitteredOverTheWholeRange() {
        DeliveryOutcomes outcomes = outcomes();
        long[] waits = IntStream.range(0, 500).mapToLong(i -> outcomes.backoff(10).toMillis()).toArray();
        assertTrue(java.util.Arrays.stream(waits).anyMatch(w -> w < 60_000), "some retry early");
        assertTrue(java.util.Arrays.stream(waits).anyMatch(w -> w > 240_000), "some retry late");
    }
}
