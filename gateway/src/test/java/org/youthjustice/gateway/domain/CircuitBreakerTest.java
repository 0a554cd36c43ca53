package org.youthjustice.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresOnly() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded();
        breaker.failed();
        breaker.failed();
        assertTrue(breaker.tryPass());

        breaker.failed();

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryPass());
        assertEquals(Duration.ofSeconds(10), breaker.retryAfter());
    }

    @Test
    void afterTheCoolDownOneTrialPassesAndItsSuccessCloses() {
        openIt();
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertTrue(breaker.tryPass());
        assertFalse(breaker.tryPass(), "only one trial while half-open");

        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryPass());
    }

    @Test
    void aFailedTrialOpensForAnotherCoolDown() {
        openIt();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertTrue(breaker.tryPass());

        breaker.failed();

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryPass());
        assertEquals(Duration.ofSeconds(10), breaker.retryAfter());
    }

    @Test
    void aTrialThatNeverReportsIsGivenUpAfterACoolDown() {
        openIt();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.tryPass());

        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertFalse(breaker.tryPass());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(breaker.tryPass(), "a new trial once the lost one has had a cool-down");
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            breaker.failed();
        }
    }
}
