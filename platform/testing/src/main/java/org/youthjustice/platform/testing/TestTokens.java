package org.youthjustice.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens shaped like Keycloak's (realm roles in {@code realm_access.roles}, scope claims such as
 * {@code worker_id}), signed by the {@link OidcResource} issuer.
 *
 * <pre>{@code
 * String token = TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).claim("worker_id", "W0001").token();
 * }</pre>
 */
public final class TestTokens {

    public static final String PRIVATE_KEY = "yjs.test.oidc.private-key";
    /** The audiences the realm's access tokens carry: the gateway and every service (deploy/keycloak). */
    public static final List<String> REALM_AUDIENCE = List.of("gateway", "case-service", "worker-service",
            "procurement-service", "notification-service");
    private static final String ISSUER = "yjs.test.oidc.issuer";

    private final String subject;
    private final String username;
    private final Set<String> roles = new LinkedHashSet<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private final List<String> audience = new ArrayList<>(REALM_AUDIENCE);
    private String clientId = "cli";
    private String issuer;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
    private boolean forged;

    private TestTokens(String subject, String username) {
        this.subject = subject;
        this.username = username;
    }

    /** The issuer URL of the test OIDC server, starting it if needed. */
    public static String issuer() {
        return JvmWide.once(ISSUER, OidcTestServer::start);
    }

    /** A token of a person; the subject is a stable id derived from the username. */
    public static TestTokens user(String username) {
        return new TestTokens(UUID.nameUUIDFromBytes(username.getBytes()).toString(), username);
    }

    /** A token of a machine client (client credentials): no username, {@code azp} is the client. */
    public static TestTokens client(String clientId) {
        TestTokens tokens = new TestTokens(UUID.nameUUIDFromBytes(clientId.getBytes()).toString(), null);
        tokens.clientId = clientId;
        return tokens;
    }

    public TestTokens roles(String... names) {
        roles.addAll(List.of(names));
        return this;
    }

    public TestTokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** Replaces the default audience ({@link #REALM_AUDIENCE}); no names means a token without {@code aud}. */
    public TestTokens audience(String... names) {
        audience.clear();
        audience.addAll(List.of(names));
        return this;
    }

    public TestTokens clientId(String azp) {
        this.clientId = azp;
        return this;
    }

    public TestTokens issuedBy(String otherIssuer) {
        this.issuer = otherIssuer;
        return this;
    }

    public TestTokens expired() {
        this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
        return this;
    }

    /** Signed with a key the issuer never published: what a forger would send. */
    public TestTokens forged() {
        this.forged = true;
        return this;
    }

    public String token() {
        JwtClaimsBuilder builder = Jwt.issuer(issuer != null ? issuer : issuer())
                .subject(subject)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(5)))
                .expiresAt(expiresAt)
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)));
        if (username != null) {
            builder.preferredUserName(username);
        }
        if (!audience.isEmpty()) {
            builder.audience(new LinkedHashSet<>(audience));
        }
        claims.forEach(builder::claim);
        return builder.jws().keyId(OidcTestServer.KEY_ID).sign(forged ? strangerKey() : OidcTestServer.privateKey(privateKey()));
    }

    private static String privateKey() {
        issuer();
        return System.getProperty(PRIVATE_KEY);
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
