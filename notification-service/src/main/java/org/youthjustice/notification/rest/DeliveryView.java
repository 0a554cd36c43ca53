package org.youthjustice.notification.rest;

import org.youthjustice.notification.domain.DeliveryAttempt;
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.service.Webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery of the delivery log, with every attempt it took. */
public record DeliveryView(UUID id, UUID notificationId, String rule, DeliveryStatus status, Instant createdAt,
        Instant notBefore, Instant finishedAt, Integer lastStatusCode, String lastError, List<AttemptView> attempts) {

    public record AttemptView(int attempt, Instant at, int durationMs, Integer statusCode,
            DeliveryAttempt.Result outcome, String error) {
    }

    static DeliveryView of(Webhooks.LoggedDelivery logged) {
        var d = logged.delivery();
        return new DeliveryView(d.id, d.notificationId, d.rule, d.status, d.createdAt, d.notBefore, d.finishedAt,
                d.lastStatusCode, d.lastError, logged.attempts().stream()
                        .map(a -> new AttemptView(a.attempt, a.startedAt, a.durationMs, a.statusCode, a.outcome,
                                a.error))
                        .toList());
    }
}
