package org.youthjustice.platform.identity;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;

/**
 * The re-encryption job of a service that registers its cipher columns ({@link EncryptedColumns}): scheduled every
 * {@code yjs.identity.reencrypt.every} (off unless the service sets it), run at once by the service's admin endpoint
 * {@code POST /identity-key-rotations}, and the check at startup that refuses to run without a key that stored
 * values are still under. A service without an {@link EncryptedColumns} bean has nothing to do here.
 */
@ApplicationScoped
public class IdentityKeyRotation {

    private static final Logger LOG = Logger.getLogger(IdentityKeyRotation.class);

    @Inject
    IdentityCipher cipher;

    @Inject
    BlindIndex blindIndex;

    @Inject
    IdentityConfig config;

    @Inject
    Instance<EncryptedColumns> columns;

    @Inject
    Instance<DataSource> dataSource;

    /**
     * Refuses to start while a stored token or index is under a key that is not configured: a key removed too early
     * would otherwise fail every read of those rows. Runs after the migrations (which run before startup events).
     */
    void refuseMissingKeys(@Observes StartupEvent startup) {
        if (columns.isResolvable() && config.checkKeysInUse()) {
            keysInUse().requireConfigured(cipher, blindIndex);
        }
    }

    @Scheduled(identity = "identity-reencryption", every = "${yjs.identity.reencrypt.every:off}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!columns.isResolvable()) {
            return;
        }
        ReencryptionResult result = run();
        if (result.rows() > 0 || result.failed() > 0) {
            LOG.infof("Re-encrypted %d values and %d blind indexes of %d rows under keys %s and %s; %d rows failed, "
                            + "%d remain", result.values(), result.indexes(), result.rows(), result.primaryKeyId(),
                    result.blindIndexPrimaryKeyId(), result.failed(), result.remaining());
        }
    }

    /** Runs the job now over every registered column. */
    public ReencryptionResult run() {
        return job().run();
    }

    /** The key ids stored values are under now, with their columns. */
    public KeysInUse keysInUse() {
        return job().keysInUse();
    }

    private ReencryptionJob job() {
        return new ReencryptionJob(cipher, blindIndex, columns.get(), dataSource.get(), config.reencrypt().batchSize());
    }
}
