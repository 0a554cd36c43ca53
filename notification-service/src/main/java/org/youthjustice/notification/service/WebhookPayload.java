package org.youthjustice.notification.service;

import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.Notification;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body posted to a webhook: the alert as stored (English texts, references and links only) and the delivery id
 * a partner dedupes on.
 */
public record WebhookPayload(UUID deliveryId, UUID notificationId, String rule, String severity, String title,
        String body, String subjectRef, String link, Instant createdAt) {

    /** The rules end their bodies with the alert's link on the suite's public API ({@code /api/...}). */
    private static final Pattern LINK = Pattern.compile("(/api/\\S+)\\s*$");

    public static WebhookPayload of(Delivery delivery, Notification notification) {
        Matcher link = LINK.matcher(notification.body);
        return new WebhookPayload(delivery.id, notification.id, notification.rule, notification.severity.name(),
                notification.title, notification.body, notification.subjectRef, link.find() ? link.group(1) : null,
                notification.createdAt);
    }
}
