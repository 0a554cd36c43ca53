package org.youthjustice.gateway.rest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.youthjustice.gateway.domain.CircuitBreaker;
import org.youthjustice.gateway.domain.Route;
import org.youthjustice.gateway.domain.RouteMatch;
import org.youthjustice.gateway.domain.RouteTable;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;

/**
 * Forwards a request under {@value RouteTable#API_BASE} to the upstream service that serves its path, streaming
 * the body both ways; answers 404 when no service does, 503 at once while the service's circuit breaker is open.
 */
final class ForwardingHandler implements Handler<RoutingContext> {

    // WebSocket tunnelling in this proxy version forwards the original URI untouched, bypassing the path rewrite.
    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    // Context-local key that Quarkus' Micrometer binder reads as the request's URI template.
    private static final String METRICS_URI_TEMPLATE = "UrlPathTemplate";

    private final RouteTable routes;
    private final HttpClient client;
    private final long idleTimeoutMillis;
    private final Map<String, CircuitBreaker> breakers;
    private final long maxBodyBytes;

    ForwardingHandler(RouteTable routes, HttpClient client, Duration idleTimeout, Map<String, CircuitBreaker> breakers,
            long maxBodyBytes) {
        this.routes = routes;
        this.client = client;
        this.idleTimeoutMillis = idleTimeout.toMillis();
        this.breakers = breakers;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(RoutingContext routingContext) {
        String path = routingContext.normalizedPath();
        Optional<RouteMatch> found = routes.match(path);
        if (found.isEmpty()) {
            Problem.routeNotFound(path).send(routingContext.response());
            return;
        }
        RouteMatch match = found.get();
        nameMetricsUri(match);
        CircuitBreaker breaker = breakers.get(match.route().name());
        if (!breaker.tryPass()) {
            long seconds = Math.max(1, (breaker.retryAfter().toMillis() + 999) / 1000);
            routingContext.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            Problem.circuitOpen(match.route().name(), path).send(routingContext.response());
            return;
        }
        String query = routingContext.request().query();
        String upstreamUri = match.upstreamPath(path) + (query == null ? "" : "?" + query);
        Route route = match.route();
        RequestOptions origin = new RequestOptions()
                .setHost(route.host())
                .setPort(route.port())
                .setSsl(route.secure())
                .setIdleTimeout(idleTimeoutMillis);
        // A proxy per request is two small objects; it lets the interceptor hold this request's route and id.
        HttpProxy.reverseProxy(PROXY_OPTIONS, client)
                .origin(proxyContext -> proxyContext.client().request(origin))
                .addInterceptor(new ForwardingInterceptor(match, path, upstreamUri,
                        routingContext.get(RequestId.CONTEXT_KEY), breaker, maxBodyBytes))
                .handle(routingContext.request());
    }

    /** One metrics series per routed prefix, not one per case reference or id in the path. */
    private static void nameMetricsUri(RouteMatch match) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(METRICS_URI_TEMPLATE, match.prefix() + "/*");
        }
    }
}
