package org.youthjustice.notification.service;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** {@code yjs.subscribers.*}: how long what a person's token said about them counts for their e-mails. */
@ConfigMapping(prefix = "yjs.subscribers")
public interface SubscriberSettings {

    /**
     * How long after their last call a subscriber's roles, scopes and addresses still plan e-mails. Roles are learned
     * from tokens only, so a person who moved or left and never calls again would otherwise be mailed their old
     * scope's alerts for ever.
     */
    Duration rolesValidFor();
}
