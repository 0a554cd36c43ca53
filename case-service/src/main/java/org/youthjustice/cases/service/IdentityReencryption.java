package org.youthjustice.cases.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.platform.identity.AdminReencryption;
import org.youthjustice.platform.identity.ReencryptionResult;

/**
 * Audits each run of the platform's re-encryption job (over the columns of
 * {@link org.youthjustice.cases.domain.CipherColumns}) that an admin started with {@code POST /identity-key-rotations}.
 */
@ApplicationScoped
public class IdentityReencryption {

    @Inject
    AuditTrail audit;

    /** The batches of the run committed one by one, so the audit row follows in a transaction of its own. */
    void audit(@Observes AdminReencryption run) {
        ReencryptionResult result = run.result();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.IDENTITY_REENCRYPTED, null, null,
                result.rows() + " rows to key " + result.primaryKeyId() + ", blind index "
                        + result.blindIndexPrimaryKeyId()));
    }
}
