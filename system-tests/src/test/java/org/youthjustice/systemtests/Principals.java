package org.youthjustice.systemtests;

import org.youthjustice.local.SuiteSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Callers for each principal at one endpoint, with tokens renewed before they expire (they live 5 minutes), and a call
 * that honours the gateway's 429 by waiting its {@code Retry-After}: the matrix shares the gateway's per-user limits
 * with the other system tests.
 */
final class Principals {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(4);

    private record Issued(Caller caller, long at) {
    }

    private final SuiteSettings suite;
    private final String baseUrl;
    private final Map<String, Issued> callers = new ConcurrentHashMap<>();

    Principals(SuiteSettings suite, String baseUrl) {
        this.suite = suite;
        this.baseUrl = baseUrl;
    }

    Caller.Answer send(Principal principal, String method, String path, byte[] body, String contentType,
                       Map<String, String> headers) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Caller.Answer answer = callerOf(principal).sendRaw(method, path, body, contentType, headers);
            long seconds = answer.header("Retry-After").map(Long::parseLong).orElse(1L);
            // a longer Retry-After is a service's own limit (refused reveals: an hour), an answer to check
            if (answer.status() != 429 || attempt == 5 || seconds > 60) {
                return answer;
            }
            // the gateway's Retry-After: client pacing, bounded by the attempts above
            Patience.sleep(Duration.ofSeconds(seconds));
        }
    }

    private Caller callerOf(Principal principal) {
        return callers.compute(principal.name(), (name, issued) ->
                issued != null && System.nanoTime() - issued.at() < RENEW_AFTER.toNanos() ? issued
                        : new Issued(new Caller(baseUrl, principal.token(suite)), System.nanoTime())).caller();
    }
}
