package org.youthjustice.platform.caller;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * Refuses a token whose {@code aud} does not name this service. Quarkus OIDC checks a configured audience only when
 * the token has an {@code aud} claim at all, so a token minted without one would pass; this closes that gap.
 */
@ApplicationScoped
public class AudienceRequired implements SecurityIdentityAugmentor {

    private final Optional<String> audience;

    AudienceRequired(@ConfigProperty(name = "quarkus.oidc.token.audience") Optional<String> audience) {
        this.audience = audience;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (audience.isEmpty() || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> granted = token.getAudience();
        if (granted == null || !granted.contains(audience.get())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token is not issued for this service"));
        }
        return Uni.createFrom().item(identity);
    }
}
