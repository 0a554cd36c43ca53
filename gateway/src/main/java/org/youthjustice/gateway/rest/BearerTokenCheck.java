package org.youthjustice.gateway.rest;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets an API request through only with a token that Quarkus OIDC verified (signature, issuer, expiry, audience
 * {@code gateway}); the token itself goes upstream unchanged. A bad token never reaches this handler: Quarkus
 * refuses it before any route runs ({@link AuthenticationFailure}). Roles are the services' business.
 */
final class BearerTokenCheck implements Handler<RoutingContext> {

    private final String audience;

    BearerTokenCheck(String audience) {
        this.audience = audience;
    }

    @Override
    public void handle(RoutingContext context) {
        Caller caller = Caller.of(context, audience);
        if (caller == null) {
            refuse(context);
            return;
        }
        context.put(Caller.CONTEXT_KEY, caller);
        context.next();
    }

    static void refuse(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        Problem.unauthorized(context.normalizedPath()).send(context);
    }
}
