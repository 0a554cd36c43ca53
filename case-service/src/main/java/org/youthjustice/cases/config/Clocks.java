package org.youthjustice.cases.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The clock of the service, replaceable in tests, and the zone its days are counted in. The clock ticks in
 * microseconds, PostgreSQL's precision, so that a time in a response equals the time read back later.
 */
public class Clocks {

    /** Courts and offices count days and years in China, whatever the server's zone. */
    public static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }
}
