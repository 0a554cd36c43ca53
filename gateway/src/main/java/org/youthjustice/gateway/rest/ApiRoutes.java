package org.youthjustice.gateway.rest;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.youthjustice.gateway.client.EventStreams;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.domain.CircuitBreaker;
import org.youthjustice.gateway.domain.RateLimiter;
import org.youthjustice.gateway.domain.Route;
import org.youthjustice.gateway.domain.RouteTable;
import org.youthjustice.gateway.health.UpstreamWatch;

import io.vertx.core.http.HttpClient;
import io.vertx.ext.web.Router;

/**
 * Mounts the gateway on the Quarkus HTTP router. A request under {@value RouteTable#API_BASE} passes, in this
 * order, the token check (401), the rate limits (429), the body size limit (413), the readiness of the route's
 * upstream and the route's circuit breaker (both 503) before it is forwarded within the route's deadline (504);
 * any other path that no gateway endpoint serves is a 404 problem.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);

    private final RouteTable routes;
    private final HttpClient upstreamClient;
    private final HttpClient streamClient;
    private final UpstreamWatch watch;
    private final GatewayConfig config;
    private final String audience;

    ApiRoutes(RouteTable routes, HttpClient upstreamClient, @EventStreams HttpClient streamClient, UpstreamWatch watch,
            GatewayConfig config, @ConfigProperty(name = "quarkus.oidc.token.audience") String audience) {
        this.routes = routes;
        this.upstreamClient = upstreamClient;
        this.streamClient = streamClient;
        this.watch = watch;
        this.config = config;
        this.audience = audience;
    }

    void mount(@Observes Router router) {
        Map<String, CircuitBreaker> breakers = routes.routes().stream().collect(Collectors.toUnmodifiableMap(
                Route::name, route -> new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                        config.circuitBreaker().coolDown(), System::nanoTime)));
        long maxBodyBytes = config.limits().maxBodySize().asLongValue();
        router.route(RouteTable.API_BASE + "/*")
                .handler(new BearerTokenCheck(audience))
                .handler(new RateLimitCheck(config.rateLimits(), new RateLimiter(System::nanoTime)))
                .handler(new BodySizeCheck(maxBodyBytes))
                .handler(new ForwardingHandler(routes, upstreamClient, streamClient, breakers, watch,
                        maxBodyBytes));
        router.route().failureHandler(new AuthenticationFailure());
        router.route().last().handler(context -> Problem.routeNotFound(context.normalizedPath()).send(context));
        routes.routes().forEach(route -> LOG.infof("Route %s -> %s for %s (timeout %dms)", route.name(),
                route.upstream(), String.join(", ", route.prefixes()), route.timeout().toMillis()));
    }
}
