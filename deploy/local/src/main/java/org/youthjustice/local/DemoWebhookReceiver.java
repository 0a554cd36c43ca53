package org.youthjustice.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The demo partner system of the local run (the Sunshine agency's case system), in the launcher's JVM on 127.0.0.1:
 * it takes notification-service's webhooks at {@value #PATH} and checks them as a partner would: the
 * {@code X-YJS-Signature} ({@code sha256=} lowercase hex HMAC-SHA256 of {@code X-YJS-Timestamp + "." + body} with the
 * subscription's secret) answers 204 when it holds and 401 when not; a repeated {@code Idempotency-Key} is answered 204
 * again but counted once. Each delivery is one line of {@link SuiteSettings#webhookLog()}: when, the key, the rule,
 * the case (or other subject) reference and whether the signature held; never the title or body texts.
 *
 * <p>The secret is shown once, when the demo data registers the webhook ({@link #learnSecret}): it is kept in
 * {@link SuiteSettings#webhookSecretFile()} (mode 600) for the launcher's later starts on the same data.
 */
final class DemoWebhookReceiver implements AutoCloseable {

    static final String PART = "webhook receiver";
    static final String PATH = "/hooks/agency-system";
    private static final int MAX_BODY = 1 << 20;
    /** The requests of this start kept in memory for {@link #deliveries()}, the newest ones. */
    private static final int KEPT = 1000;
    private static final Pattern LOGGED_KEY = Pattern.compile("idempotency-key=(\\S+) .* signature=ok");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Path log;
    private final Path secretFile;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final Deque<WebhookDelivery> received = new ArrayDeque<>();
    private volatile String secret;

    private DemoWebhookReceiver(HttpServer server, ExecutorService handlers, Path log, Path secretFile) {
        this.server = server;
        this.handlers = handlers;
        this.log = log;
        this.secretFile = secretFile;
    }

    static DemoWebhookReceiver start(SuiteSettings settings) {
        ExecutorService handlers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Files.createDirectories(settings.logDir());
            HttpServer server = HttpServer.create(new InetSocketAddress(SuiteSettings.HOST,
                    settings.port(PortSetting.WEBHOOK_RECEIVER)), 0);
            DemoWebhookReceiver receiver = new DemoWebhookReceiver(server, handlers, settings.webhookLog(),
                    settings.webhookSecretFile());
            receiver.secret = receiver.keptSecret().orElse(null);
            receiver.rememberLoggedDeliveries();
            server.createContext(PATH, receiver::handle);
            server.setExecutor(handlers);
            server.start();
            return receiver;
        } catch (IOException e) {
            handlers.shutdownNow();
            throw new SuiteStartException("could not start the demo webhook receiver on port "
                    + settings.port(PortSetting.WEBHOOK_RECEIVER) + ": " + e.getMessage(), e);
        }
    }

    /** The secret of the registration the demo data just made; kept for later starts on the same data. */
    void learnSecret(String newSecret) {
        try {
            Files.createDirectories(secretFile.getParent());
            Files.deleteIfExists(secretFile);
            Files.createFile(secretFile);
            restrictToOwner(secretFile);
            Files.writeString(secretFile, newSecret + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the webhook secret in " + secretFile, e);
        }
        secret = newSecret;
    }

    /** The secret kept from an earlier registration, if any. */
    Optional<String> keptSecret() {
        try {
            if (!Files.exists(secretFile)) {
                return Optional.empty();
            }
            String kept = Files.readString(secretFile, StandardCharsets.UTF_8).trim();
            return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the webhook secret in " + secretFile, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            boolean signed = signatureHolds(exchange.getRequestHeaders().getFirst("X-YJS-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-YJS-Signature"), body);
            boolean repeated = signed && key != null && !delivered.add(key);
            record(key, body, signed, repeated);
            exchange.sendResponseHeaders(signed ? 204 : 401, -1);
        }
    }

    boolean signatureHolds(String timestamp, String signature, byte[] body) {
        String known = secret;
        if (known == null || timestamp == null || signature == null) {
            return false;
        }
        byte[] signed = new byte[timestamp.length() + 1 + body.length];
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        String expected = "sha256=" + HexFormat.of().formatHex(hmacSha256(known, signed));
        // constant time, as a partner compares: the answer's timing tells nothing about the right signature
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] hmacSha256(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** The requests received since this start, oldest first (at most the last {@value #KEPT}). */
    synchronized List<WebhookDelivery> deliveries() {
        return List.copyOf(received);
    }

    private synchronized void record(String key, byte[] body, boolean signed, boolean repeated) {
        received.addLast(new WebhookDelivery(Instant.now(), key, signed, new String(body, StandardCharsets.UTF_8)));
        if (received.size() > KEPT) {
            received.removeFirst();
        }
        JsonNode delivery = parse(body);
        String line = "%s idempotency-key=%s rule=%s subjectRef=%s signature=%s%s%n".formatted(Instant.now(),
                token(key), token(delivery.path("rule").asText(null)), token(delivery.path("subjectRef").asText(null)),
                signed ? "ok" : "invalid", repeated ? " repeated" : "");
        try {
            Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("[webhook receiver] could not write " + log + ": " + e);
        }
    }

    /** A value as one word of the log line: a sender cannot add lines or fields to it. */
    private static String token(String value) {
        return value == null || value.isEmpty() ? "-" : value.replaceAll("[^A-Za-z0-9._:@/-]", "_");
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    /** Deliveries of earlier starts on the same data count as received: a redelivery after a restart is repeated. */
    private void rememberLoggedDeliveries() throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.map(LOGGED_KEY::matcher).filter(Matcher::find).map(found -> found.group(1)).forEach(delivered::add);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its default access rules apply
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
