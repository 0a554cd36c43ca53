package org.youthjustice.cases.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The clock of the service, replaceable in tests. It ticks in microseconds, PostgreSQL's precision, so that a
 * time in a response equals the time read back later.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }
}
