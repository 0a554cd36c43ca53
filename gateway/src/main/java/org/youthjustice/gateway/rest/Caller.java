package org.youthjustice.gateway.rest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who sent a request, as far as the gateway cares: the client ({@code azp}) and the token subject. No name, no
 * scope claims: the services decide what the caller may see.
 *
 * @param client  the OAuth client the token was issued to
 * @param subject the token's subject (a user, or a client's service account)
 */
record Caller(String client, String subject) {

    /** Key under which the caller is kept in the routing context once the token is verified. */
    static final String CONTEXT_KEY = "gateway.caller";

    /**
     * The caller whose token Quarkus verified for this request, or null when there was no token or it was not
     * meant for {@code audience}.
     */
    static Caller of(RoutingContext context, String audience) {
        if (!(context.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        // Quarkus checks quarkus.oidc.token.audience only when the token has an aud claim: a token without one
        // would pass, so the audience is required here as well.
        if (token.getAudience() == null || !token.getAudience().contains(audience)) {
            return null;
        }
        String client = token.getClaim("azp");
        return new Caller(client == null ? "unknown" : client, token.getSubject());
    }
}
