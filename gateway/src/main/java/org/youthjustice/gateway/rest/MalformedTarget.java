package org.youthjustice.gateway.rest;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.youthjustice.platform.correlation.CorrelationId;
import org.youthjustice.platform.problem.ProblemType;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request target that is no URI (a malformed percent-escape such as {@code %ZZ}, a character such as
 * {@code |} or {@code {}) with a 400 {@code malformed-request} problem carrying the gateway's request id, and never
 * forwards it. Quarkus' own check, which answers such a target with an empty 400, is off ({@code GatewayMain}); the
 * router then fails on a malformed escape before any route runs (its 400 error handler answers), and the filter
 * checks what the router accepted.
 */
@ApplicationScoped
public class MalformedTarget {

    static final String DETAIL = "The request target is not a valid URI (check its percent-escapes).";

    // After the request id (1000) and security headers (1001), so that the refusal carries both.
    void register(@Observes Filters filters) {
        filters.register(this::filter, RequestIdFilter.PRIORITY - 1);
    }

    void handleRouterFailures(@Observes Router router) {
        router.errorHandler(400, this::refuseBeforeRouting);
    }

    void filter(RoutingContext context) {
        try {
            new URI(context.request().uri());
        } catch (URISyntaxException e) {
            problem(context).send(context);
            return;
        }
        context.next();
    }

    /** No filter ran: the router could not decode the path, so the id and headers are set here. */
    private void refuseBeforeRouting(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        String id = CorrelationId.generate();
        context.put(CorrelationId.MDC_KEY, id);
        context.response().putHeader(CorrelationId.HEADER, id)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        problem(context).send(context);
    }

    /** The path as sent, without the query, which may carry search terms that identify a person. */
    private static Problem problem(RoutingContext context) {
        String target = context.request().uri();
        int query = target.indexOf('?');
        return new Problem(ProblemType.MALFORMED_REQUEST, 400, DETAIL,
                query < 0 ? target : target.substring(0, query));
    }
}
