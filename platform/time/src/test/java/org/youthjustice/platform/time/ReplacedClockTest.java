package org.youthjustice.platform.time;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A test that produces a Clock of its own gets it injected everywhere, instead of the platform's, without ambiguity. */
@QuarkusTest
class ReplacedClockTest {

    static final Instant FIXED = Instant.parse("2026-02-28T16:30:00Z");

    static class FixedClock {
        @Produces
        @Singleton
        Clock clock() {
            return Clock.fixed(FIXED, ZoneOffset.UTC);
        }
    }

    @Inject
    Clock clock;

    @Test
    void theTestsClockIsTheOneInjected() {
        assertEquals(FIXED, clock.instant());
        assertEquals(LocalDate.of(2026, 3, 1), ServiceZone.today(clock));
    }
}
