package org.youthjustice.notification.domain;

public enum DeliveryStatus {
    /** To be sent at {@code notBefore}. */
    PENDING,
    DELIVERED,
    /** Given up after its retries, or refused for good: dead-lettered, replayable. */
    FAILED
}
