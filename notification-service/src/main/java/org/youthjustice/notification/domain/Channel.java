package org.youthjustice.notification.domain;

/** The channels beyond the in-app inbox, each delivered through {@link Delivery} rows. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
