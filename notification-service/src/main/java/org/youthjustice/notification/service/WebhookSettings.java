package org.youthjustice.notification.service;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code yjs.webhooks.*}: where webhooks may point and how long one request may take. */
@ConfigMapping(prefix = "yjs.webhooks")
public interface WebhookSettings {

    /** Connect and total deadline of one request. */
    Duration timeout();

    /** When set, the only hosts a webhook may target. */
    Optional<List<String>> allowedHosts();

    /** {@code host:port} pairs that may be plain http and resolve to internal addresses (a local demo receiver). */
    Optional<List<String>> allowedInternalHosts();
}
