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
 * that takes its rule. An alert for one person (by token subject) goes to no partner system.
 */
@ApplicationScoped
public class WebhookAlertListener implements AlertListener {

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    @Override
    public void raised(Notification notification) {
        if (notification.recipientRole == null) {
            return;
        }
        List<Webhook> webhooks = notification.recipientScope == null
                ? Webhook.list("status = ?1 and recipientRole = ?2 and recipientScope is null", WebhookStatus.ACTIVE,
                        notification.recipientRole)
                : Webhook.list("status = ?1 and recipientRole = ?2 and recipientScope = ?3", WebhookStatus.ACTIVE,
                        notification.recipientRole, notification.recipientScope);
        Instant now = Instant.now(clock);
        webhooks.stream().filter(webhook -> webhook.receives(notification))
                .forEach(webhook -> deliveries.plan(notification, Channel.WEBHOOK, webhook.id.toString(), now));
    }
}
