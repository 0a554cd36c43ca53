package org.youthjustice.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The {@link Clock} every service injects. It runs in UTC and ticks in microseconds, PostgreSQL's precision, so that a
 * time in a response equals the time read back later. A default bean: a test (or a service) that produces a
 * {@code Clock} of its own, e.g. a fixed one, replaces it without an ambiguity.
 */
public class ServiceClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }
}
