package org.youthjustice.gateway.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;
import org.youthjustice.gateway.domain.RouteTable;
import org.youthjustice.platform.correlation.CorrelationId;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request the gateway's own id before any route runs, so that problem responses and proxied ones carry
 * an id, and writes the access log line when the response ends (issue 11, item 7).
 * <p>
 * The gateway's id, a fresh {@link CorrelationId}, is the correlation id of its log lines, of its problem documents,
 * and of the request upstream ({@value CorrelationId#HEADER}), where services take it for their logs and audit
 * rows. An id the client sent in {@value CorrelationId#HEADER} (a {@linkplain CorrelationId#isSane sane} one) is the
 * client's: echoed in the response's {@value CorrelationId#HEADER}, logged beside the gateway's, and passed upstream
 * only as {@value CorrelationId#CLIENT_HEADER}, so that no caller chooses what an audit row says. Both are kept in
 * the routing context under their MDC keys (platform-correlation keeps the correlation id there the same way).
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
        String id = CorrelationId.generate();
        Optional<String> clients = Optional.ofNullable(context.request().getHeader(CorrelationId.HEADER))
                .filter(CorrelationId::isSane);
        context.put(CorrelationId.MDC_KEY, id);
        clients.ifPresent(own -> context.put(CorrelationId.CLIENT_MDC_KEY, own));
        MDC.put(CorrelationId.MDC_KEY, id);
        context.response().putHeader(CorrelationId.HEADER, clients.orElse(id));
        context.addEndHandler(ignored -> {
            MDC.put(CorrelationId.MDC_KEY, id);
            accessLog.record(context, id, clients, start);
            MDC.remove(CorrelationId.MDC_KEY);
        });
        context.next();
    }
}
