package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Webhook;
import org.youthjustice.notification.domain.WebhookStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Plans a webhook delivery of every stored alert for each active webhook registered for the alert's (role, scope)
 * that takes its rule. An alert for one person (by token subject) goes to no partner system. The webhooks of a
 * (role, scope) are read once and kept until a webhook changes ({@link DeliveryTargets}).
 */
@ApplicationScoped
public class WebhookAlertListener implements AlertListener {

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    @Inject
    DeliveryTargets targets;

    @Override
    public void raised(Notification notification) {
        if (notification.recipientRole == null) {
            return;
        }
        Instant now = Instant.now(clock);
        targets.webhooks(notification, () -> active(notification)).stream()
                .filter(webhook -> webhook.receives(notification.rule))
                .forEach(webhook -> deliveries.plan(notification, Channel.WEBHOOK, webhook.id().toString(), now));
    }

    /** The active webhooks of the alert's (role, scope), whatever their rules. */
    private static List<DeliveryTargets.WebhookTarget> active(Notification notification) {
        List<Webhook> webhooks = notification.recipientScope == null
                ? Webhook.list("status = ?1 and recipientRole = ?2 and recipientScope is null", WebhookStatus.ACTIVE,
                        notification.recipientRole)
                : Webhook.list("status = ?1 and recipientRole = ?2 and recipientScope = ?3", WebhookStatus.ACTIVE,
                        notification.recipientRole, notification.recipientScope);
        return webhooks.stream().map(webhook -> new DeliveryTargets.WebhookTarget(webhook.id, webhook.rules)).toList();
    }
}
