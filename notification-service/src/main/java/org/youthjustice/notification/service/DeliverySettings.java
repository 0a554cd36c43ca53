package org.youthjustice.notification.service;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** {@code yjs.delivery.*}: the dispatcher's pace, limits, lease and retries, for every channel. */
@ConfigMapping(prefix = "yjs.delivery")
public interface DeliverySettings {

    Duration pollEvery();

    /** Attempts in flight at once on one replica. */
    int maxInFlight();

    /** Attempts in flight at once for one recipient, across replicas. */
    int maxInFlightPerRecipient();

    /** How long a claimed delivery is held by the replica that took it; longer than any channel's timeout. */
    Duration lease();

    Duration backoffBase();

    Duration backoffMax();

    /** How long after its window began a transiently failing delivery is retried before it fails. */
    Duration retryFor();
}
