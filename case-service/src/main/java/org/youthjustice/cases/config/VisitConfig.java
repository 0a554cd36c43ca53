package org.youthjustice.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.youthjustice.cases.domain.RiskLevel;

import java.time.Duration;

/**
 * How often the lead worker visits, by risk level ({@code yjs.visits.interval.high=7d}, counted in whole days), and
 * how often scheduled visits past their due day are marked missed ({@code yjs.visits.missed-check.every}, read by
 * the scheduler directly).
 */
@ConfigMapping(prefix = "yjs.visits")
public interface VisitConfig {

    Interval interval();

    interface Interval {

        @WithDefault("7d")
        Duration high();

        @WithDefault("14d")
        Duration medium();

        @WithDefault("30d")
        Duration low();
    }

    /** Days from one visit to the next at {@code level}, at least one. */
    default long daysBetweenVisits(RiskLevel level) {
        Duration interval = switch (level) {
            case HIGH -> interval().high();
            case MEDIUM -> interval().medium();
            case LOW -> interval().low();
        };
        return Math.max(1, interval.toDays());
    }
}
