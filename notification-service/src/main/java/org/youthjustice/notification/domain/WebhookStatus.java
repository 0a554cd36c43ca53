package org.youthjustice.notification.domain;

public enum WebhookStatus {
    ACTIVE,
    /** Deleted: no more deliveries are planned for it; kept for its delivery log. */
    INACTIVE
}
