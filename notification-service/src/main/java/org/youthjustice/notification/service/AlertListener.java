package org.youthjustice.notification.service;

import org.youthjustice.notification.domain.Notification;

/**
 * Told of every alert stored in the inbox (raised by a rule or by an escalation), inside the transaction that stores
 * it: a channel plans its deliveries here ({@link Deliveries#plan}), so that they commit with the alert or not at all.
 */
public interface AlertListener {

    void raised(Notification notification);
}
