package org.youthjustice.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.service.AlertTexts;
import org.youthjustice.notification.service.InboxLanguage;

import java.time.Instant;
import java.util.UUID;

public record NotificationView(UUID id,
        @Schema(description = "The order alerts were stored in; the live stream's event id (Last-Event-ID)") long seq,
        String rule, Severity severity, String title, String body, String subjectRef, Instant createdAt,
        Instant acknowledgedAt) {

    /** The alert with its texts in the reader's language ({@link InboxLanguage}). */
    static NotificationView of(Notification n, AlertTexts.Texts texts) {
        return new NotificationView(n.id, n.seq, n.rule, n.severity, texts.subject(), texts.body(), n.subjectRef,
                n.createdAt, n.acknowledgedAt);
    }
}
