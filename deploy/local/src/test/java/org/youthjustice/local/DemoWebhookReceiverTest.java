package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo partner system checks notification-service's webhooks as a partner would. */
class DemoWebhookReceiverTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String SECRET = "whsec-demo-" + UUID.randomUUID();

    @TempDir
    Path dataDir;

    private SuiteSettings settings;
    private DemoWebhookReceiver receiver;

    @BeforeEach
    void start() {
        settings = SuiteSettings.withFreePorts(Path.of("."), dataDir);
        receiver = DemoWebhookReceiver.start(settings);
        receiver.learnSecret(SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aSignedDeliveryIsTakenOnceAndLoggedWithoutItsTexts() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = delivery(key, "GZ-2026-000123");

        assertEquals(204, post(key, body, SECRET));
        assertEquals(204, post(key, body, SECRET), "a repeated delivery is acknowledged again");

        List<String> lines = Files.readAllLines(settings.webhookLog());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("idempotency-key=" + key + " rule=visit-missed subjectRef=GZ-2026-000123 "
                + "signature=ok"), lines.get(0));
        assertTrue(lines.get(1).endsWith("signature=ok repeated"), lines.get(1));
        assertFalse(String.join("\n", lines).contains("Visit missed"), "no title or body text in the log");
        assertEquals(List.of(body, body), receiver.deliveries().stream().map(WebhookDelivery::body).toList());
        assertTrue(receiver.deliveries().stream().allMatch(WebhookDelivery::signatureOk));
    }

    @Test
    void aDeliverySignedWithAnotherSecretOrNotAtAllIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = delivery(key, "GZ-2026-000124");

        assertEquals(401, post(key, body, "another-secret"));
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(settings.webhookReceiverUrl()))
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build()));

        assertTrue(Files.readAllLines(settings.webhookLog()).stream().allMatch(line -> line.endsWith("signature=invalid")));
        assertEquals(204, post(key, body, SECRET), "a refused delivery is not counted as received");
    }

    @Test
    void afterARestartTheKeptSecretStillVerifiesAndEarlierDeliveriesCountAsReceived() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = delivery(key, "GZ-2026-000125");
        assertEquals(204, post(key, body, SECRET));
        receiver.close();

        receiver = DemoWebhookReceiver.start(settings);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                settings.webhookSecretFile())));
        assertEquals(204, post(key, body, SECRET));
        assertTrue(Files.readAllLines(settings.webhookLog()).get(1).endsWith("signature=ok repeated"));
    }

    private static String delivery(String key, String subjectRef) {
        return """
                {"deliveryId": "%s", "notificationId": "%s", "rule": "visit-missed", "severity": "WARNING", \
                "title": "Visit missed in case %s", "body": "Visit missed", "subjectRef": "%s", \
                "link": "/api/cases/%s", "createdAt": "%s"}""".formatted(key, UUID.randomUUID(), subjectRef,
                subjectRef, subjectRef, Instant.now());
    }

    /** Signed as notification-service signs: HMAC-SHA256 over {@code timestamp + "." + body}. */
    private int post(String key, String body, String secret) throws IOException, InterruptedException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = "sha256=" + HexFormat.of().formatHex(DemoWebhookReceiver.hmacSha256(secret,
                (timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(settings.webhookReceiverUrl()))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .header("X-YJS-Timestamp", timestamp)
                .header("X-YJS-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static int send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
