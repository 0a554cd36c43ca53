package org.youthjustice.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The zone in which the services count days: China's one time zone. A visit is due by a day, a worker is posted from
 * a day, a juvenile turns 18 on a day, each in this zone whatever the zone of the machine (a container runs in UTC,
 * where a visit recorded at 07:00 in Guangzhou falls on the day before).
 *
 * <p>Needs nothing but the JDK, so that tools outside Quarkus (the local run, benchmarks, system tests) use it too.
 */
public final class ServiceZone {

    /** The zone id, for annotations: {@code @Scheduled(cron = "...", timeZone = ServiceZone.ID)}. */
    public static final String ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ID);

    private ServiceZone() {
    }

    /** Today in the service zone by {@code clock}: pass the service's {@link Clock} bean, never the system clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The day in the service zone on which {@code instant} falls. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
