package org.youthjustice.gateway.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;
import org.youthjustice.gateway.domain.RouteTable;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request the gateway's own id before any route runs, so that problem responses and proxied ones carry
 * an id, and writes the access log line when the response ends. The response's {@value RequestId#HEADER} is the
 * client's own id when it sent one, otherwise the gateway's ({@link RequestId}).
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
        String id = RequestId.generate();
        Optional<String> clients = RequestId.clients(context.request().getHeader(RequestId.HEADER));
        context.put(RequestId.CONTEXT_KEY, id);
        clients.ifPresent(own -> context.put(RequestId.CLIENT_CONTEXT_KEY, own));
        MDC.put(RequestId.MDC_KEY, id);
        context.response().putHeader(RequestId.HEADER, clients.orElse(id));
        context.addEndHandler(ignored -> {
            MDC.put(RequestId.MDC_KEY, id);
            accessLog.record(context, id, clients, start);
            MDC.remove(RequestId.MDC_KEY);
        });
        context.next();
    }
}
