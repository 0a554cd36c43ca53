package org.youthjustice.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;
import org.youthjustice.gateway.domain.RouteTable;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request a request id before any route runs, so that problem responses, health and metrics answers
 * carry it as well as proxied ones, and writes the access log line when the response ends.
 */
@ApplicationScoped
public class RequestIdFilter {

    // Ahead of the CORS (300) and authentication (200) filters, so their refusals carry the id and are logged too.
    static final int PRIORITY = 1_000;

    private final AccessLog accessLog;

    RequestIdFilter(RouteTable routes) {
        this.accessLog = new AccessLog(routes);
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        long start = System.nanoTime();
        String id = RequestId.acceptOrGenerate(context.request().getHeader(RequestId.HEADER));
        context.put(RequestId.CONTEXT_KEY, id);
        MDC.put(RequestId.MDC_KEY, id);
        context.response().putHeader(RequestId.HEADER, id);
        context.addEndHandler(ignored -> {
            MDC.put(RequestId.MDC_KEY, id);
            accessLog.record(context, id, start);
            MDC.remove(RequestId.MDC_KEY);
        });
        context.next();
    }
}
