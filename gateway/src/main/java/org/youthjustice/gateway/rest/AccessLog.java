package org.youthjustice.gateway.rest;

import java.util.Optional;

import org.jboss.logging.Logger;
import org.youthjustice.gateway.domain.RouteMatch;
import org.youthjustice.gateway.domain.RouteTable;

import io.vertx.ext.web.RoutingContext;

/**
 * One line per request: method, route, status, duration, client, the gateway's request id and the client's own (or
 * {@code -}). Never the path below the
 * route, the query or a body: they may carry personal data.
 */
final class AccessLog {

    private static final Logger LOG = Logger.getLogger("gateway.access");

    private final RouteTable routes;

    AccessLog(RouteTable routes) {
        this.routes = routes;
    }

    void record(RoutingContext context, String requestId, Optional<String> clientRequestId, long startNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Caller caller = context.get(Caller.CONTEXT_KEY);
        LOG.info(line(context.request().method().name(), routeOf(context), context.response().getStatusCode(),
                System.nanoTime() - startNanos, caller == null ? "-" : caller.client(), requestId,
                clientRequestId.orElse("-")));
    }

    /** Built by hand: a printf format per request was half of what the gateway spent on logging. */
    static String line(String method, String route, int status, long elapsedNanos, String client, String requestId,
            String clientRequestId) {
        long tenthsOfMillis = elapsedNanos / 100_000;
        return new StringBuilder(160).append(method).append(' ').append(route).append(' ').append(status).append(' ')
                .append(tenthsOfMillis / 10).append('.').append(tenthsOfMillis % 10).append("ms client=").append(client)
                .append(" requestId=").append(requestId).append(" clientRequestId=").append(clientRequestId).toString();
    }

    private String routeOf(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith(RouteTable.API_BASE + "/") || path.equals(RouteTable.API_BASE)) {
            return routes.match(path).map(RouteMatch::prefix).orElse(RouteTable.API_BASE + "/?");
        }
        // The gateway's own endpoints have fixed paths; anything else could be a probe full of junk.
        return path.startsWith("/q/") || path.equals("/openapi") ? path : "-";
    }
}
