package org.youthjustice.systemtests;

import java.time.Duration;

/**
 * How long a client keeps trying one operation: the first attempt at once, the next ones after a pause that doubles
 * up to 2 s, while the budget lasts. A real client's retries are bounded; so are a fault test's.
 */
final class Patience {

    /** A client's patience with one operation: long enough to span a restart of a service or of PostgreSQL. */
    static final Duration OF_A_CLIENT = Duration.ofSeconds(120);

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final long deadline;
    private Duration pause = FIRST_PAUSE;
    private int attempts;

    private Patience(Duration budget) {
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    static Patience of(Duration budget) {
        return new Patience(budget);
    }

    /** Waits before every attempt but the first; false once the budget does not allow another. */
    boolean nextAttempt() {
        if (attempts > 0) {
            if (System.nanoTime() + pause.toNanos() > deadline) {
                return false;
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
        attempts++;
        return true;
    }

    int attempts() {
        return attempts;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
