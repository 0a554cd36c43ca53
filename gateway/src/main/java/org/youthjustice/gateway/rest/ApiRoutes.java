package org.youthjustice.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.gateway.domain.RouteTable;

import io.vertx.core.http.HttpClient;
import io.vertx.ext.web.Router;

/**
 * Mounts the gateway on the Quarkus HTTP router: {@value RouteTable#API_BASE} and below are forwarded, any other
 * path that no Quarkus endpoint ({@code /q/health}, {@code /q/metrics}) serves is a 404 problem.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);

    private final RouteTable routes;
    private final HttpClient upstreamClient;
    private final GatewayConfig config;

    ApiRoutes(RouteTable routes, HttpClient upstreamClient, GatewayConfig config) {
        this.routes = routes;
        this.upstreamClient = upstreamClient;
        this.config = config;
    }

    void mount(@Observes Router router) {
        ForwardingHandler forwarding = new ForwardingHandler(routes, upstreamClient, config.upstream().idleTimeout());
        router.route(RouteTable.API_BASE + "/*").handler(forwarding);
        router.route().last().handler(context -> Problem.routeNotFound(context.normalizedPath()).send(context.response()));
        routes.routes().forEach(route -> LOG.infof("Route %s -> %s for %s", route.name(), route.upstream(),
                String.join(", ", route.prefixes())));
    }
}
