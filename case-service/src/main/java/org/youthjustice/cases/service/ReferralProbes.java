package org.youthjustice.cases.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.config.ReferralProbeConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts, per caller, the referrals refused because another court's case of the juvenile is open: each is a lookup
 * that failed, and many of them are someone trying identity numbers ({@link SlidingBudget}).
 */
@ApplicationScoped
public class ReferralProbes {

    @Inject
    ReferralProbeConfig config;

    @Inject
    Clock clock;

    private SlidingBudget budget;

    @PostConstruct
    void start() {
        budget = new SlidingBudget(config.budget(), config.window(), clock);
    }

    /** How long the caller must wait before a referral may meet an open case again; empty while within budget. */
    Optional<Duration> wait(String caller) {
        return budget.wait(caller);
    }

    void refused(String caller) {
        budget.refused(caller);
    }
}
