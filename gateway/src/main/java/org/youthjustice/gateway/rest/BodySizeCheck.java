package org.youthjustice.gateway.rest;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared body ({@code Content-Length}) is larger than the limit before anything is
 * forwarded, so the upstream never sees it. A body without a declared length is counted as it streams
 * ({@link LimitedBody}).
 */
final class BodySizeCheck implements Handler<RoutingContext> {

    private final long maxBytes;

    BodySizeCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBytes) {
            // The body is not read: closing afterwards spares the gateway from draining it.
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            Problem.payloadTooLarge(context.normalizedPath(), maxBytes).send(context);
            return;
        }
        context.next();
    }

    private static long declaredLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            // Vert.x refuses a malformed Content-Length before routing; this is only a guard.
            return Long.MAX_VALUE;
        }
    }
}
