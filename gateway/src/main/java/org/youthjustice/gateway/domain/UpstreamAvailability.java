package org.youthjustice.gateway.domain;

/**
 * What the gateway knows about one upstream's readiness, from its recent readiness probes, so that its routes can
 * answer at once while it is down instead of letting every caller wait for the deadline.
 * <p>
 * Ready until something goes wrong. A failed probe, or a failed exchange (unreachable, timed out), puts it in doubt:
 * it is then probed regularly, but still called. Only {@code downAfterFailures} failed probes in a row make it down,
 * so that one slow probe of a busy service does not cut it off; the first probe that succeeds makes it ready again.
 */
public final class UpstreamAvailability {

    public enum State { READY, DOUBTED, DOWN }

    private final int downAfterFailures;
    private int consecutiveFailures;
    // Read on every proxied request without the lock.
    private volatile State state = State.READY;

    public UpstreamAvailability(int downAfterFailures) {
        if (downAfterFailures < 1) {
            throw new IllegalArgumentException("down-after-failures must be at least 1, was " + downAfterFailures);
        }
        this.downAfterFailures = downAfterFailures;
    }

    /** Records the outcome of one readiness probe. */
    public synchronized void probed(boolean ready) {
        if (ready) {
            consecutiveFailures = 0;
            state = State.READY;
        } else {
            consecutiveFailures++;
            state = consecutiveFailures >= downAfterFailures ? State.DOWN : State.DOUBTED;
        }
    }

    /** An exchange with the upstream failed: a reason to probe it, not yet to stop calling it. */
    public synchronized void exchangeFailed() {
        if (state == State.READY) {
            state = State.DOUBTED;
        }
    }

    /** Whether its routes answer 503 at once. */
    public boolean down() {
        return state == State.DOWN;
    }

    /** Whether the upstream should be probed again soon: it is in doubt or down. */
    public boolean needsProbing() {
        return state != State.READY;
    }

    public State state() {
        return state;
    }
}
