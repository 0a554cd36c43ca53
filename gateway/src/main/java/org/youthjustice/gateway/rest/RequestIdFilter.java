package org.youthjustice.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request a request id before any route runs, so that problem responses, health and metrics answers
 * carry it as well as proxied ones.
 */
@ApplicationScoped
public class RequestIdFilter {

    // Ahead of the security and CORS filters that the identity issue will bring (Quarkus gives them lower priorities).
    static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        String id = RequestId.acceptOrGenerate(context.request().getHeader(RequestId.HEADER));
        context.put(RequestId.CONTEXT_KEY, id);
        MDC.put(RequestId.MDC_KEY, id);
        context.response().putHeader(RequestId.HEADER, id);
        context.addEndHandler(ignored -> MDC.remove(RequestId.MDC_KEY));
        context.next();
    }
}
