package org.youthjustice.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Configuration of the Idempotency-Keys; the defaults are in this jar's {@code META-INF/microprofile-config.properties}. */
@ConfigMapping(prefix = "yjs.idempotency")
public interface IdempotencyConfig {

    /** How long a key is kept, and so honoured, after its first request; older keys are purged. */
    Duration retention();

    /** How often the purge runs ({@code 1h}); {@code off} stops it on this instance. The scheduler reads it. */
    String purgeEvery();

    /** Most keys one purge statement deletes, so that no purge holds many row locks or a long transaction. */
    int purgeBatchSize();
}
