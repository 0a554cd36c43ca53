package org.youthjustice.platform.correlation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request a correlation id before any other handler runs, so that responses produced outside
 * Jakarta REST (authentication failures, unknown paths) carry it too.
 */
@ApplicationScoped
public class CorrelationIdFilter {

    // Runs ahead of the security and CORS handlers, which Quarkus registers with lower priorities.
    static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        String id = CorrelationId.acceptOrGenerate(context.request().getHeader(CorrelationId.HEADER));
        context.put(CorrelationId.MDC_KEY, id);
        MDC.put(CorrelationId.MDC_KEY, id);
        context.response().putHeader(CorrelationId.HEADER, id);
        context.addEndHandler(ignored -> MDC.remove(CorrelationId.MDC_KEY));
        context.next();
    }
}
