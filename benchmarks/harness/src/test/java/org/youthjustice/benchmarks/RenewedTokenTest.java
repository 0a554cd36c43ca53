package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The token's renewal, with a token endpoint, an executor and a clock of the test's own (no Keycloak). */
class RenewedTokenTest {

    private final AtomicLong now = new AtomicLong();
    private final Deque<Runnable> renewals = new ArrayDeque<>();
    private final AtomicInteger fetches = new AtomicInteger();

    private final RenewedToken token = new RenewedToken(() -> "token-" + fetches.incrementAndGet(), renewals::add,
            now::get);

    @Test
    void theFirstAskFetchesTheTokenAndLaterAsksReuseItForAMinute() {
        assertEquals("token-1", token.bearer());
        now.set(RenewedToken.REUSE.toNanos());

        assertEquals("token-1", token.bearer());
        assertEquals(1, fetches.get());
        assertEquals(0, renewals.size());
    }

    @Test
    void anOlderTokenIsRenewedInTheBackgroundOnceWhileCallersGoOnWithIt() {
        token.bearer();
        now.set(RenewedToken.REUSE.toNanos() + 1);

        assertEquals("token-1", token.bearer());
        assertEquals("token-1", token.bearer());
        assertEquals(1, fetches.get(), "no caller waited for the renewal");
        assertEquals(1, renewals.size(), "one renewal at a time");

        renewals.poll().run();
        assertEquals("token-2", token.bearer());
        assertEquals(0, renewals.size(), "the renewed token is reused for a minute again");
    }

    @Test
    void aFailedRenewalKeepsTheTokenAndIsTriedAgainAtTheNextAsk() {
        AtomicInteger calls = new AtomicInteger();
        RenewedToken failingOnce = new RenewedToken(() -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("Keycloak refused a token");
            }
            return "token-" + calls.get();
        }, renewals::add, now::get);
        failingOnce.bearer();
        now.set(RenewedToken.REUSE.toNanos() + 1);

        failingOnce.bearer();
        renewals.poll().run();
        assertEquals("token-1", failingOnce.bearer());
        assertEquals(1, renewals.size(), "tried again");

        renewals.poll().run();
        assertEquals("token-3", failingOnce.bearer());
    }
}
