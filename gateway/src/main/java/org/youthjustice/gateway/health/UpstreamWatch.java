package org.youthjustice.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.domain.Route;
import org.youthjustice.gateway.domain.RouteTable;
import org.youthjustice.gateway.domain.UpstreamAvailability;

import io.quarkus.runtime.Startup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;

/**
 * Probes the upstreams' readiness ({@code GET /q/health/ready} of each route's management interface, answered 200
 * within {@code gateway.health.timeout})
 * and keeps, per route, what the probes say ({@link UpstreamAvailability}), so that a route whose upstream is down
 * answers 503 at once.
 * <p>
 * Probes come from the gateway's own readiness check and, while an upstream is in doubt or down, from a timer:
 * {@code gateway.health.probe-interval} after the previous probe ended, until one succeeds. A failed exchange puts
 * the upstream in doubt too, so the gateway notices an outage even when nobody asks for its readiness; a healthy
 * suite costs no probes beyond the readiness checks.
 * <p>
 * Probes have a client of their own: in the upstream client's pool, behind hung or merely busy traffic, a probe
 * would wait and fail for the gateway's congestion rather than the service's state.
 */
@ApplicationScoped
// Created at startup, so that a wrong probe setting stops the gateway there rather than failing its first request.
@Startup
public class UpstreamWatch {

    private static final Logger LOG = Logger.getLogger(UpstreamWatch.class);

    private final Vertx vertx;
    private final HttpClient probeClient;
    private final long timeoutMillis;
    private final Duration probeInterval;
    private final Map<String, Watched> byRoute;

    private record Watched(Route route, UpstreamAvailability availability, AtomicBoolean probing) {
    }

    UpstreamWatch(Vertx vertx, RouteTable routes, GatewayConfig config) {
        this.vertx = vertx;
        this.probeInterval = config.health().probeInterval();
        if (probeInterval.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "gateway.health.probe-interval must be at least 1ms, was " + probeInterval);
        }
        int downAfterFailures = config.health().downAfterFailures();
        this.byRoute = routes.routes().stream().collect(Collectors.toUnmodifiableMap(Route::name,
                route -> new Watched(route, new UpstreamAvailability(downAfterFailures), new AtomicBoolean())));
        this.timeoutMillis = config.health().timeout().toMillis();
        // A connection attempt that outlives its probe is given up with it, not left to the default minute.
        // No trace per probe either: probes come every few seconds from every replica and belong to no request.
        this.probeClient = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(timeoutMillis))
                .setTracingPolicy(TracingPolicy.IGNORE));
    }

    @PreDestroy
    void close() {
        probeClient.close();
    }

    /** Asks the route's upstream once whether it is ready and records the answer; never fails. */
    public Future<Boolean> probe(Route route) {
        Watched watched = byRoute.get(route.name());
        return ask(route).onSuccess(ready -> record(watched, ready));
    }

    /** Whether the route's upstream failed its recent probes, so that calling it would only make the caller wait. */
    public boolean down(String routeName) {
        return byRoute.get(routeName).availability().down();
    }

    /** When a caller refused because the upstream is down may try again: the next probe may bring it back. */
    public Duration retryAfter() {
        return probeInterval;
    }

    /** An exchange with the route's upstream failed (unreachable or timed out): probe it until it answers. */
    public void exchangeFailed(String routeName) {
        Watched watched = byRoute.get(routeName);
        watched.availability().exchangeFailed();
        keepProbing(watched);
    }

    private void record(Watched watched, boolean ready) {
        UpstreamAvailability availability = watched.availability();
        boolean wasDown = availability.down();
        availability.probed(ready);
        if (availability.down() != wasDown) {
            if (wasDown) {
                LOG.infof("Upstream %s is ready again: its routes forward again", watched.route().name());
            } else {
                LOG.warnf("Upstream %s failed its readiness probes: its routes answer 503 until a probe succeeds",
                        watched.route().name());
            }
        }
        keepProbing(watched);
    }

    /** One probe loop per upstream at most: the flag is held from scheduling a probe until its answer is recorded. */
    private void keepProbing(Watched watched) {
        if (watched.availability().needsProbing() && watched.probing().compareAndSet(false, true)) {
            vertx.setTimer(probeInterval.toMillis(), id -> ask(watched.route()).onSuccess(ready -> {
                watched.probing().set(false);
                record(watched, ready);
            }));
        }
    }

    private Future<Boolean> ask(Route route) {
        URI management = route.management();
        boolean secure = management.getScheme().equalsIgnoreCase("https");
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(management.getHost())
                .setPort(port(management))
                .setSsl(secure)
                .setURI(basePath(management) + "/q/health/ready")
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        return probeClient.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200))
                .otherwise(false);
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String basePath(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
