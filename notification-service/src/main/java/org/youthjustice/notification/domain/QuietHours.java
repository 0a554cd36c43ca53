package org.youthjustice.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Daily hours in the subscriber's own zone during which non-urgent e-mails wait; {@code end} before {@code start}
 * spans midnight (22:00 to 07:00).
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public QuietHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    /** The end of the quiet hours {@code at} falls in, or empty when it falls outside them. */
    public Optional<Instant> endAround(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean acrossMidnight = end.isBefore(start);
        boolean quiet = acrossMidnight
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        // quiet since this evening: they end tomorrow; since yesterday evening or this morning: today
        boolean endsTomorrow = acrossMidnight && !time.isBefore(start);
        return Optional.of(ZonedDateTime.of(local.toLocalDate().plusDays(endsTomorrow ? 1 : 0), end, zone).toInstant());
    }
}
