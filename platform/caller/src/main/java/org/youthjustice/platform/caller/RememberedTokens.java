package org.youthjustice.platform.caller;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token from {@link VerifiedTokens} before Quarkus OIDC verifies it: Quarkus asks identity providers
 * in the order of their priority, highest first, and goes on to the next (OIDC's, at the default priority 1001) when
 * one answers none.
 * The remembered identity is bound to the current request (its routing context); every augmentor runs on it again,
 * as on a fresh verification, so roles and the audience check ({@link AudienceRequired}) apply to every request.
 */
@ApplicationScoped
public class RememberedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity that came from the cache, so that {@link TokenVerified} does not keep it again. */
    static final String REMEMBERED = "yjs.token.remembered";

    private final VerifiedTokens verified;

    RememberedTokens(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Above Quarkus OIDC's provider, which has the interface's default (1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        TokenCredential token = request.getToken();
        if (token == null || token.getToken() == null) {
            return Uni.createFrom().nullItem();
        }
        return verified.find(token.getToken())
                .map(identity -> Uni.createFrom().item(forThisRequest(identity, request)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    private static SecurityIdentity forThisRequest(SecurityIdentity identity, TokenAuthenticationRequest request) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(REMEMBERED, Boolean.TRUE);
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            builder.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return builder.build();
    }
}
