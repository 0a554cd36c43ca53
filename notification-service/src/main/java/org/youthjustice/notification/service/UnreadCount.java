package org.youthjustice.notification.service;

/** How many open (unacknowledged) alerts an inbox holds, and how many of them are URGENT. */
public record UnreadCount(long unread, long urgent) {
}
