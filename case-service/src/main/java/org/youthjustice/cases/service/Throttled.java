package org.youthjustice.cases.service;

import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.time.Duration;

/** A request refused (429) because its caller has had too many of its kind refused lately ({@link SlidingBudget}). */
public class Throttled extends ProblemException {

    private final Duration retryAfter;

    Throttled(Duration retryAfter, String detail) {
        super(429, ProblemType.TOO_MANY_REQUESTS, detail + " Try again after the time in Retry-After.", null);
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} value: whole seconds, rounded up, at least one. */
    public String retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }
}
