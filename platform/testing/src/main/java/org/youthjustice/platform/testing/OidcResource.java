package org.youthjustice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * An OpenID Connect issuer for {@code @QuarkusTest}s ({@link OidcTestServer}), started once per test JVM.
 * Points {@code quarkus-oidc} at it; tests get tokens from {@link TestTokens}.
 */
public class OidcResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", TestTokens.issuer());
    }

    @Override
    public void stop() {
        // The issuer outlives one application start: the JVM shutdown hook stops it.
    }
}
