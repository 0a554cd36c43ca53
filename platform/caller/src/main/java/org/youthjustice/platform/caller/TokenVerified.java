package org.youthjustice.platform.caller;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps a bearer token that Quarkus OIDC has just verified in {@link VerifiedTokens}, with the identity it gave. It
 * runs first among the augmentors (the highest priority), so what is kept is the verification's own result, and the
 * other augmentors run on it again at every later request.
 */
@ApplicationScoped
public class TokenVerified implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    TokenVerified(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(RememberedTokens.REMEMBERED) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            TokenCredential token = identity.getCredential(TokenCredential.class);
            if (token != null && token.getToken() != null && token.getToken().equals(jwt.getRawToken())) {
                verified.remember(token.getToken(), identity, jwt.getExpirationTime());
            }
        }
        return Uni.createFrom().item(identity);
    }
}
