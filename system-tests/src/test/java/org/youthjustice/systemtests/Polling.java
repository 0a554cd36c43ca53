package org.youthjustice.systemtests;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Reads a figure again until it is what the test waits for or the bound passes, and returns the last reading either
 * way: a fault test prints its numbers before it asserts them, so a run that did not converge still shows how far it
 * got. A read that fails (the service is still recovering) counts as not yet.
 */
final class Polling {

    private static final Duration INTERVAL = Duration.ofMillis(500);

    private Polling() {
    }

    static <T> T until(Duration bound, Callable<T> read, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        Exception lastFailure = null;
        T last = null;
        while (true) {
            try {
                last = read.call();
                lastFailure = null;
                if (done.test(last)) {
                    return last;
                }
            } catch (Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                if (last == null) {
                    throw lastFailure;
                }
                return last;
            }
            Patience.sleep(INTERVAL);
        }
    }
}
