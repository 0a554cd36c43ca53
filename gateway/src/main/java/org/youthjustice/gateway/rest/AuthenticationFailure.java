package org.youthjustice.gateway.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a token that failed verification (bad signature, issuer, audience or algorithm, expired) with the
 * gateway's own 401 problem instead of Quarkus' empty 401.
 */
final class AuthenticationFailure implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext context) {
        if (context.failure() instanceof AuthenticationFailedException && !context.response().ended()) {
            BearerTokenCheck.refuse(context);
        } else {
            context.next();
        }
    }
}
