package org.youthjustice.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Severity;

import java.time.Instant;
import java.util.UUID;

public record NotificationView(UUID id,
        @Schema(description = "The order alerts were stored in; the live stream's event id (Last-Event-ID)") long seq,
        String rule, Severity severity, String title, String body, String subjectRef, Instant createdAt,
        Instant acknowledgedAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.seq, n.rule, n.severity, n.title, n.body, n.subjectRef, n.createdAt,
                n.acknowledgedAt);
    }
}
