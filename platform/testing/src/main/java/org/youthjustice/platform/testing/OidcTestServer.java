package org.youthjustice.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * A small OpenID Connect issuer for service tests: it serves the discovery document and the JSON Web Key Set
 * of a fresh RS256 key on a free loopback port, as Keycloak does for a realm, so that {@code quarkus-oidc}
 * validates tokens exactly as in production. {@link TestTokens} signs tokens with the matching private key.
 */
public final class OidcTestServer {

    public static final String KEY_ID = "yjs-test-key";

    private OidcTestServer() {
    }

    /** Starts the issuer; returns its URL ({@code http://127.0.0.1:<port>/realms/test}). */
    public static String start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
            String discovery = """
                    {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                    "token_endpoint":"%1$s/protocol/openid-connect/token",\
                    "authorization_endpoint":"%1$s/protocol/openid-connect/auth",\
                    "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
            String jwks = jwks((RSAPublicKey) keys.getPublic());
            server.createContext("/realms/test/.well-known/openid-configuration", exchange -> json(exchange, discovery));
            server.createContext("/realms/test/protocol/openid-connect/certs", exchange -> json(exchange, jwks));
            server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "oidc-test-server");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            JvmWide.onShutdown("oidc", () -> server.stop(0));
            System.setProperty(TestTokens.PRIVATE_KEY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("OIDC test server did not start", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwks(RSAPublicKey key) {
        return """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
