package org.youthjustice.platform.correlation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request a correlation id before any other handler runs, so that responses produced outside
 * Jakarta REST (authentication failures, unknown paths) carry it too.
 *
 * <p>The correlation id goes into logs and audit rows, so no client chooses it (issue 11, item 7): a received
 * {@value CorrelationId#HEADER} is taken only in the form of the ids the gateway issues (a random UUID), any other
 * request gets a fresh one. What a client chose itself (passed on by the gateway in
 * {@value CorrelationId#CLIENT_HEADER}, or sent directly in {@value CorrelationId#HEADER}) is kept as the client's: in
 * the MDC under {@value CorrelationId#CLIENT_MDC_KEY} and echoed in the response's {@value CorrelationId#HEADER}.
 */
@ApplicationScoped
public class CorrelationIdFilter {

    // Runs ahead of the security and CORS handlers, which Quarkus registers with lower priorities.
    static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        String received = context.request().getHeader(CorrelationId.HEADER);
        String id = CorrelationId.isIssued(received) ? received : CorrelationId.generate();
        Optional<String> clients = Optional.ofNullable(context.request().getHeader(CorrelationId.CLIENT_HEADER))
                .or(() -> Optional.ofNullable(received).filter(value -> !value.equals(id)))
                .filter(CorrelationId::isSane);
        context.put(CorrelationId.MDC_KEY, id);
        MDC.put(CorrelationId.MDC_KEY, id);
        clients.ifPresentOrElse(own -> MDC.put(CorrelationId.CLIENT_MDC_KEY, own),
                () -> MDC.remove(CorrelationId.CLIENT_MDC_KEY));
        context.response().putHeader(CorrelationId.HEADER, clients.orElse(id));
        context.addEndHandler(ignored -> {
            MDC.remove(CorrelationId.MDC_KEY);
            MDC.remove(CorrelationId.CLIENT_MDC_KEY);
        });
        context.next();
    }
}
