package org.youthjustice.cases.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.platform.identity.IdentityKeyRotation;
import org.youthjustice.platform.identity.ReencryptionResult;

/**
 * The platform's re-encryption job ({@link IdentityKeyRotation}, over the columns of
 * {@link org.youthjustice.cases.domain.CipherColumns}) run at once for an admin, and audited.
 */
@ApplicationScoped
public class IdentityReencryption {

    @Inject
    IdentityKeyRotation rotation;

    @Inject
    AuditTrail audit;

    /**
     * Runs the job now for the calling admin, and audits the run. The batches commit one by one, so the audit row
     * follows in a transaction of its own.
     */
    public ReencryptionResult runNow() {
        ReencryptionResult result = rotation.run();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.IDENTITY_REENCRYPTED, null, null,
                result.rows() + " rows to key " + result.primaryKeyId() + ", blind index "
                        + result.blindIndexPrimaryKeyId()));
        return result;
    }
}
