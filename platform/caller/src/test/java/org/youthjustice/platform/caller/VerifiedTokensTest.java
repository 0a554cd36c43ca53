package org.youthjustice.platform.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The cache alone, on a clock the test moves (in milliseconds since the epoch). */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long NOW_SECONDS = NOW / 1000;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final SecurityIdentity identity = QuarkusSecurityIdentity.builder()
            .setPrincipal(() -> "sw.li").addRole(Roles.SOCIAL_WORKER).build();

    @Test
    void aTokenIsFoundUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 10, clock::get);

        tokens.remember("t1", identity, NOW_SECONDS + 30);

        assertSame(identity, tokens.find("t1").orElseThrow());
        clock.set(NOW + 29_999);
        assertTrue(tokens.find("t1").isPresent());
        clock.set(NOW + 30_000);
        assertTrue(tokens.find("t1").isEmpty(), "expired with the token's exp");
        assertEquals(0, tokens.size(), "and dropped");
    }

    @Test
    void noTokenIsKeptLongerThanTheCacheAllows() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 10, clock::get);

        tokens.remember("t1", identity, NOW_SECONDS + 300);

        clock.set(NOW + 59_999);
        assertTrue(tokens.find("t1").isPresent());
        clock.set(NOW + 60_000);
        assertTrue(tokens.find("t1").isEmpty(), "verified again after yjs.tokens.cache-for");
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 10, clock::get);

        tokens.remember("t1", identity, NOW_SECONDS);

        assertTrue(tokens.find("t1").isEmpty());
        assertEquals(0, tokens.size());
    }

    @Test
    void aFullCacheDropsExpiredTokensAndOtherwiseKeepsNoMore() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 2, clock::get);
        tokens.remember("short", identity, NOW_SECONDS + 1);
        tokens.remember("long", identity, NOW_SECONDS + 300);

        tokens.remember("refused", identity, NOW_SECONDS + 300);
        assertTrue(tokens.find("refused").isEmpty(), "no room: verified every time");

        clock.set(NOW + 1_000);
        tokens.remember("admitted", identity, NOW_SECONDS + 300);
        assertTrue(tokens.find("admitted").isPresent(), "the expired one made room");
        assertTrue(tokens.find("long").isPresent());
        assertEquals(2, tokens.size());
    }

    @Test
    void aCacheOfNoTimeKeepsNothing() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ZERO, 10, clock::get);

        tokens.remember("t1", identity, NOW_SECONDS + 300);

        assertTrue(tokens.find("t1").isEmpty());
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(Duration.ofSeconds(-1), 10, clock::get));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(Duration.ofSeconds(60), -1, clock::get));
    }
}
