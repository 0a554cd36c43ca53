package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Notification;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Stores alerts and plans their deliveries: each alert stored here is told to every {@link AlertListener} in the same
 * transaction; a planned delivery is one row per (alert, channel, recipient), whoever plans it how often.
 */
@ApplicationScoped
public class Deliveries {

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<AlertListener> listeners;

    @Inject
    Event<DeliveriesDue> due;

    /**
     * Stores {@code notification} and tells the listeners. The caller makes sure it is new (an event is applied
     * once; the table's unique (rule, event, recipient) key holds even if it were not).
     */
    public void store(Notification notification) {
        notification.persist();
        listeners.forEach(listener -> listener.raised(notification));
    }

    /** Plans one delivery of {@code notification} over {@code channel} to {@code recipient}, due at {@code notBefore}. */
    public boolean plan(Notification notification, Channel channel, String recipient, Instant notBefore) {
        boolean planned = entityManager.createNativeQuery("""
                insert into delivery (id, notification_id, rule, channel, recipient, status, not_before, created_at)
                values (?1, ?2, ?3, ?4, ?5, 'PENDING', ?6, ?7)
                on conflict on constraint delivery_once_per_alert_channel_and_recipient do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, notification.id)
                .setParameter(3, notification.rule)
                .setParameter(4, channel.name())
                .setParameter(5, recipient)
                .setParameter(6, notBefore)
                .setParameter(7, Instant.now(clock))
                .executeUpdate() == 1;
        if (planned) {
            due.fire(new DeliveriesDue());
        }
        return planned;
    }
}
