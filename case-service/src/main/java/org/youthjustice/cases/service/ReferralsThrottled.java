package org.youthjustice.cases.service;

import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.time.Duration;

/** A referral refused because its caller has had too many referrals of other courts' juveniles refused lately. */
public class ReferralsThrottled extends ProblemException {

    private final Duration retryAfter;

    ReferralsThrottled(Duration retryAfter) {
        super(429, ProblemType.TOO_MANY_REQUESTS, "Too many referrals of juveniles with another court's open case "
                + "lately; try again after the time in Retry-After.", null);
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} value: whole seconds, rounded up, at least one. */
    public String retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }
}
