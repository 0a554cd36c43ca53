package org.youthjustice.notification.service;

/**
 * Fired when a transaction made a delivery due (planned or replayed): once it commits, the dispatcher looks at once
 * instead of at its next poll.
 */
public record DeliveriesDue() {
}
