package org.youthjustice.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.notification.domain.Webhook;
import org.youthjustice.notification.domain.WebhookStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook as its registrant sees it after registration: never its secret, only the secret's last 4 characters. */
public record WebhookView(UUID id, String url, String recipientRole, String recipientScope, List<String> rules,
        String description, WebhookStatus status, Instant createdAt,
        @Schema(description = "The secret's last 4 characters") String secretHint) {

    static WebhookView of(Webhook w) {
        return new WebhookView(w.id, w.url, w.recipientRole, w.recipientScope, w.rules, w.description, w.status,
                w.createdAt, w.secretHint);
    }
}
