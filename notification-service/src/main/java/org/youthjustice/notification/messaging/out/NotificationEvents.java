package org.youthjustice.notification.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.platform.messaging.Outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * The events of notification-service on {@value #TOPIC}, keyed by the alert's id, written to the outbox in the
 * caller's transaction. Ids, rules, channels and the pseudonymous reference only: no person, no text of the alert.
 */
@ApplicationScoped
public class NotificationEvents {

    public static final String TOPIC = "notifications.v1";

    @Inject
    Outbox outbox;

    public void delivered(Delivery delivery, Notification notification) {
        outbox.publish(TOPIC, delivery.notificationId.toString(), NotificationDelivered.TYPE,
                NotificationDelivered.VERSION, new NotificationDelivered(delivery.notificationId, delivery.id,
                        delivery.rule, notification.severity.name(), notification.subjectRef,
                        delivery.channel.name(), delivery.attempts, delivery.lastStatusCode, delivery.finishedAt));
    }

    public void failed(Delivery delivery, Notification notification) {
        outbox.publish(TOPIC, delivery.notificationId.toString(), NotificationFailed.TYPE, NotificationFailed.VERSION,
                new NotificationFailed(delivery.notificationId, delivery.id, delivery.rule,
                        notification.severity.name(), notification.subjectRef, delivery.channel.name(),
                        delivery.attempts, delivery.lastStatusCode, delivery.lastError, delivery.finishedAt));
    }

    /** {@code escalated} was raised because {@code original} was not acknowledged in time. */
    public void escalated(Notification original, Notification escalated) {
        outbox.publish(TOPIC, original.id.toString(), NotificationEscalated.TYPE, NotificationEscalated.VERSION,
                new NotificationEscalated(original.id, escalated.id, original.rule, original.subjectRef,
                        original.recipientRole, escalated.recipientRole, escalated.createdAt));
    }

    public record NotificationDelivered(UUID notificationId, UUID deliveryId, String rule, String severity,
            String subjectRef, String channel, int attempts, Integer statusCode, Instant deliveredAt) {
        public static final String TYPE = "notification.delivered";
        public static final int VERSION = 1;
    }

    public record NotificationFailed(UUID notificationId, UUID deliveryId, String rule, String severity,
            String subjectRef, String channel, int attempts, Integer statusCode, String error, Instant failedAt) {
        public static final String TYPE = "notification.failed";
        public static final int VERSION = 1;
    }

    public record NotificationEscalated(UUID notificationId, UUID escalationId, String rule, String subjectRef,
            String fromRole, String toRole, Instant escalatedAt) {
        public static final String TYPE = "notification.escalated";
        public static final int VERSION = 1;
    }
}
