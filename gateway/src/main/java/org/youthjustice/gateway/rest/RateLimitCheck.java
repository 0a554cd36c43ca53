package org.youthjustice.gateway.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.domain.RateLimit;
import org.youthjustice.gateway.domain.RateLimiter;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts each API request against its client's limit and its user's limit (configured per client, see
 * {@code gateway.rate-limits}) and answers 429 with {@code Retry-After} when either is reached. Limits are per
 * gateway replica: ADR 0004 explains how they hold with several.
 */
final class RateLimitCheck implements Handler<RoutingContext> {

    private final GatewayConfig.RateLimits config;
    private final RateLimiter limiter;
    private final Map<String, Limits> byClient = new ConcurrentHashMap<>();

    RateLimitCheck(GatewayConfig.RateLimits config, RateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
    }

    private record Limits(RateLimit client, RateLimit user) {
    }

    @Override
    public void handle(RoutingContext context) {
        Caller caller = context.get(Caller.CONTEXT_KEY);
        // Only configured clients get their own entry, so made-up azp values cannot grow this map.
        Limits limits = config.clients().containsKey(caller.client())
                ? byClient.computeIfAbsent(caller.client(), this::limitsOf)
                : byClient.computeIfAbsent("", ignored -> limitsOf(null));
        Optional<Duration> wait = limiter.acquire(List.of(
                new RateLimiter.Bucket("client:" + caller.client(), limits.client()),
                new RateLimiter.Bucket("user:" + caller.client() + ":" + caller.subject(), limits.user())));
        if (wait.isPresent()) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Problem.retryAfter(wait.get()));
            Problem.tooManyRequests(context.normalizedPath()).send(context);
            return;
        }
        context.next();
    }

    private Limits limitsOf(String client) {
        GatewayConfig.ClientLimits defaults = config.defaults();
        GatewayConfig.ClientOverride own = client == null ? null : config.clients().get(client);
        Duration period = own == null ? defaults.period() : own.period().orElse(defaults.period());
        int clientRequests = own == null ? defaults.clientRequests() : own.clientRequests().orElse(defaults.clientRequests());
        int userRequests = own == null ? defaults.userRequests() : own.userRequests().orElse(defaults.userRequests());
        return new Limits(new RateLimit(clientRequests, period), new RateLimit(userRequests, period));
    }
}
