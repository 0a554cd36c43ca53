package org.youthjustice.benchmarks;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One access token, fetched when first asked for and then renewed in the background once it is older than
 * {@link #REUSE}, while callers go on with the one they have (the local realm's tokens live 5 minutes, so it is still
 * valid). Renewing it on the caller's thread, under a lock every caller shares, stalled a load's clients for as long
 * as Keycloak took to hash a password for each demo user: in the mixed load's open loop that was a spike in the p99
 * every 60 s (benchmarks/README.md, mixed load). A failed renewal keeps the token and is tried again at the next ask.
 */
final class RenewedToken {

    static final Duration REUSE = Duration.ofMinutes(1);

    private static final Executor RENEWER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "token-renewer");
        thread.setDaemon(true);
        return thread;
    });

    private final Supplier<String> fetch;
    private final Executor renewer;
    private final LongSupplier nanoClock;
    private String value;
    private long fetchedNanos;
    private boolean renewing;

    RenewedToken(Supplier<String> fetch) {
        this(fetch, RENEWER, System::nanoTime);
    }

    RenewedToken(Supplier<String> fetch, Executor renewer, LongSupplier nanoClock) {
        this.fetch = fetch;
        this.renewer = renewer;
        this.nanoClock = nanoClock;
    }

    synchronized String bearer() {
        if (value == null) {
            // nothing to go on with yet: the first ask waits for it (a run's set-up or warm-up)
            value = fetch.get();
            fetchedNanos = nanoClock.getAsLong();
        } else if (!renewing && nanoClock.getAsLong() - fetchedNanos > REUSE.toNanos()) {
            renewing = true;
            renewer.execute(this::renew);
        }
        return value;
    }

    private void renew() {
        String fresh = null;
        try {
            fresh = fetch.get();
        } catch (RuntimeException e) {
            System.err.println("[tokens] renewing a token failed, the current one is kept: " + e.getMessage());
        }
        synchronized (this) {
            if (fresh != null) {
                value = fresh;
                fetchedNanos = nanoClock.getAsLong();
            }
            renewing = false;
        }
    }
}
