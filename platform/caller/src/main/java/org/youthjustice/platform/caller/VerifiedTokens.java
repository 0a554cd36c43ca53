package org.youthjustice.platform.caller;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens this process verified lately, each with the identity its verification gave (before any augmentor ran),
 * so that the next requests with the same token skip the verification: the signature (RS256), the parsing of the
 * token and the claims checks, which were most of the CPU a small request cost (issue 16, item 1; ADR 0016).
 * <p>
 * What is kept: an entry lives until the token's {@code exp} and never longer than {@code yjs.tokens.cache-for}
 * (60 s), so an expired token is refused as before, and a token whose signing key the realm withdrew is refused at
 * most that long later. Revocation is unchanged: tokens are verified locally, never asked of the realm, with or
 * without this cache (a user's session ended in Keycloak keeps their access token valid until it expires, 5 minutes).
 * At most {@code yjs.tokens.cache-size} tokens are kept; when full, expired ones are dropped, and if none is, a new
 * token is verified every time until there is room. {@code yjs.tokens.cache-for=0} turns the cache off.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long cacheForMillis;
    private final int maxEntries;
    private final LongSupplier clockMillis;

    @Inject
    VerifiedTokens(@ConfigProperty(name = "yjs.tokens.cache-for", defaultValue = "60s") Duration cacheFor,
            @ConfigProperty(name = "yjs.tokens.cache-size", defaultValue = "5000") int maxEntries) {
        this(cacheFor, maxEntries, System::currentTimeMillis);
    }

    VerifiedTokens(Duration cacheFor, int maxEntries, LongSupplier clockMillis) {
        if (cacheFor.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("yjs.tokens.cache-for and yjs.tokens.cache-size cannot be negative");
        }
        this.cacheForMillis = cacheFor.toMillis();
        this.maxEntries = maxEntries;
        this.clockMillis = clockMillis;
    }

    /** The identity the token gave when it was verified, while the entry lives. */
    public Optional<SecurityIdentity> find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (clockMillis.getAsLong() >= entry.expiresAtMillis()) {
            entries.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /**
     * Keeps a token that was just verified, with the identity it gave, until {@code expiresAtSeconds} (its
     * {@code exp}) or the cache's own limit, whichever comes first.
     */
    public void remember(String token, SecurityIdentity identity, long expiresAtSeconds) {
        if (cacheForMillis == 0 || maxEntries == 0) {
            return;
        }
        long now = clockMillis.getAsLong();
        long expiresAt = Math.min(Math.multiplyExact(expiresAtSeconds, 1000L), now + cacheForMillis);
        if (expiresAt <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> entry.expiresAtMillis() <= now);
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(token, new Entry(identity, expiresAt));
    }

    int size() {
        return entries.size();
    }
}
