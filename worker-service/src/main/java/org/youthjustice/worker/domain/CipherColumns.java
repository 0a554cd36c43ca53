package org.youthjustice.worker.domain;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.youthjustice.platform.identity.EncryptedColumn;
import org.youthjustice.platform.identity.EncryptedColumns;
import org.youthjustice.platform.identity.EncryptedTable;

import java.util.List;

/**
 * Every cipher column of this service, in one place (platform-identity README, "Key rotation"). A worker's tokens
 * are bound to its worker id, which the caller gives (it is known before the insert). The platform's re-encryption
 * job and its check of keys in use cover exactly these columns; {@code CipherColumnsTest} fails when an entity has a
 * {@code *_cipher} column that is not here.
 */
public final class CipherColumns {

    public static final EncryptedTable WORKER = EncryptedTable.of("worker", List.of("worker_id"),
                    "name_cipher", "identity_number_cipher", "phone_cipher")
            .withBlindIndex("identity_number_index", "identity_number_cipher");

    public static final EncryptedColumn WORKER_NAME = WORKER.column("name_cipher");
    public static final EncryptedColumn WORKER_IDENTITY_NUMBER = WORKER.column("identity_number_cipher");
    public static final EncryptedColumn WORKER_PHONE = WORKER.column("phone_cipher");

    public static final EncryptedColumns ALL = EncryptedColumns.of(WORKER);

    private CipherColumns() {
    }

    /** The registry the platform's re-encryption job and key check read. */
    @Produces
    @Singleton
    static EncryptedColumns registry() {
        return ALL;
    }
}
