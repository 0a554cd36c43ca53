package org.youthjustice.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.notification.domain.Webhook;
import org.youthjustice.notification.domain.WebhookStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a registration: the only time the secret is shown. */
public record RegisteredWebhookView(UUID id, String url, String recipientRole, String recipientScope,
        List<String> rules, String description, WebhookStatus status, Instant createdAt,
        @Schema(description = "The HMAC-SHA256 key of X-YJS-Signature; shown here only, keep it") String secret) {

    static RegisteredWebhookView of(Webhook w) {
        return new RegisteredWebhookView(w.id, w.url, w.recipientRole, w.recipientScope, w.rules, w.description,
                w.status, w.createdAt, w.secret);
    }
}
