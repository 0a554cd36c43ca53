package org.youthjustice.gateway.rest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.youthjustice.gateway.domain.CircuitBreaker;
import org.youthjustice.gateway.domain.Route;
import org.youthjustice.gateway.domain.RouteMatch;
import org.youthjustice.gateway.domain.RouteTable;
import org.youthjustice.gateway.health.UpstreamWatch;
import org.youthjustice.platform.correlation.CorrelationId;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;

/**
 * Forwards a request under {@value RouteTable#API_BASE} to the upstream service that serves its path, streaming
 * the body both ways, within the route's deadline; answers 404 when no service does, 503 at once while the
 * service is known to be down or its circuit breaker is open.
 */
final class ForwardingHandler implements Handler<RoutingContext> {

    // WebSocket tunnelling in this proxy version forwards the original URI untouched, bypassing the path rewrite.
    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    // Context-local key that Quarkus' Micrometer binder reads as the request's URI template.
    private static final String METRICS_URI_TEMPLATE = "UrlPathTemplate";

    private final RouteTable routes;
    private final HttpClient client;
    private final HttpClient streamClient;
    private final Map<String, CircuitBreaker> breakers;
    private final UpstreamWatch watch;
    private final long maxBodyBytes;

    ForwardingHandler(RouteTable routes, HttpClient client, HttpClient streamClient,
            Map<String, CircuitBreaker> breakers, UpstreamWatch watch, long maxBodyBytes) {
        this.routes = routes;
        this.client = client;
        this.streamClient = streamClient;
        this.breakers = breakers;
        this.watch = watch;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(RoutingContext routingContext) {
        String path = routingContext.normalizedPath();
        Optional<RouteMatch> found = routes.match(path);
        if (found.isEmpty()) {
            Problem.routeNotFound(path).send(routingContext);
            return;
        }
        RouteMatch match = found.get();
        nameMetricsUri(match);
        Route route = match.route();
        // Before the breaker: a refusal here is no trial and no outcome the breaker should learn from.
        if (watch.down(route.name())) {
            routingContext.response().putHeader(HttpHeaders.RETRY_AFTER, Problem.retryAfter(watch.retryAfter()));
            Problem.upstreamDown(route.name(), path).send(routingContext);
            return;
        }
        CircuitBreaker breaker = breakers.get(route.name());
        if (!breaker.tryPass()) {
            routingContext.response().putHeader(HttpHeaders.RETRY_AFTER, Problem.retryAfter(breaker.retryAfter()));
            Problem.circuitOpen(route.name(), path).send(routingContext);
            return;
        }
        String query = routingContext.request().query();
        String upstreamUri = match.upstreamPath(path) + (query == null ? "" : "?" + query);
        long deadline = System.nanoTime() + route.timeout().toNanos();
        RequestOptions origin = new RequestOptions()
                .setHost(route.host())
                .setPort(route.port())
                .setSsl(route.secure())
                // Bounds getting a connection: waiting in the pool's queue and connecting (which the client's own
                // connect timeout also bounds, with 502). Vert.x only sets this timer when the request has to wait.
                .setConnectTimeout(route.timeout().toMillis());
        // A proxy per request is two small objects; it lets the interceptor hold this request's route and id.
        HttpProxy.reverseProxy(PROXY_OPTIONS, eventStream(routingContext) ? streamClient : client)
                .origin(proxyContext -> proxyContext.client().request(origin)
                        .compose(request -> untilDeadline(request, deadline)))
                .addInterceptor(new ForwardingInterceptor(match, path, upstreamUri,
                        routingContext.get(CorrelationId.MDC_KEY), routingContext.get(CorrelationId.CLIENT_MDC_KEY),
                        breaker, watch, maxBodyBytes))
                .handle(routingContext.request());
    }

    /** A request for server-sent events: its connection stays taken for as long as the stream is open. */
    private static boolean eventStream(RoutingContext routingContext) {
        String accept = routingContext.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/event-stream");
    }

    /**
     * Gives the request what is left of the deadline as its timeout. Vert.x cancels that timer when the response
     * head arrives, so it bounds sending the body and waiting for the answer to start, never a streamed answer;
     * when it fires, the request is reset (the connection to the upstream closed) and the caller gets 504.
     */
    private static Future<HttpClientRequest> untilDeadline(HttpClientRequest request, long deadline) {
        long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (leftMillis < 1) {
            // Nothing was sent yet: the reset hands the connection back to the pool.
            request.reset();
            return Future.failedFuture(new TimeoutException("the route's timeout passed before a connection was free"));
        }
        // Its failures are answered by the interceptor; without a handler Vert.x would also log each one as an error.
        request.exceptionHandler(ignored -> { });
        return Future.succeededFuture(request.idleTimeout(leftMillis));
    }

    /** One metrics series per routed prefix, not one per case reference or id in the path. */
    private static void nameMetricsUri(RouteMatch match) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(METRICS_URI_TEMPLATE, match.prefix() + "/*");
        }
    }
}
