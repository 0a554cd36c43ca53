package org.youthjustice.worker.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.identity.Masking;
import org.youthjustice.worker.domain.Worker;

import java.util.List;

import static org.youthjustice.worker.domain.CipherColumns.WORKER_IDENTITY_NUMBER;
import static org.youthjustice.worker.domain.CipherColumns.WORKER_NAME;
import static org.youthjustice.worker.domain.CipherColumns.WORKER_PHONE;

/**
 * The one place where a worker's personal data is in clear: encrypted on the way in, decrypted only to be
 * masked on the way out. Nothing here is logged.
 */
@ApplicationScoped
public class WorkerIdentity {

    @Inject
    IdentityCipher cipher;

    @Inject
    BlindIndex blindIndex;

    /**
     * The indexes under which a stored worker of this identity number may be found: one per configured blind-index
     * key, so that workers not yet re-indexed after a rotation are found too.
     */
    public List<String> lookupIndexesOf(String identityNumber) {
        return blindIndex.allOfIdentityNumber(identityNumber);
    }

    /** Encrypts the worker's personal data bound to its worker id, which must be set first. */
    public void protect(Worker worker, String name, String identityNumber, String phone) {
        worker.nameCipher = cipher.encrypt(name, WORKER_NAME.at(worker.workerId));
        worker.identityNumberCipher = cipher.encrypt(IdentityNumber.normalise(identityNumber),
                WORKER_IDENTITY_NUMBER.at(worker.workerId));
        worker.identityNumberIndex = blindIndex.ofIdentityNumber(identityNumber);
        changePhone(worker, phone);
    }

    /**
     * Whether the worker's phone is this one; compared in clear, since encrypting the same phone again gives
     * another ciphertext.
     */
    public boolean hasPhone(Worker worker, String phone) {
        return worker.phoneCipher != null
                && phone.equals(cipher.decrypt(worker.phoneCipher, WORKER_PHONE.at(worker.workerId)));
    }

    public void changePhone(Worker worker, String phone) {
        worker.phoneCipher = phone == null ? null : cipher.encrypt(phone, WORKER_PHONE.at(worker.workerId));
    }

    public Masked masked(Worker worker) {
        return new Masked(Masking.name(cipher.decrypt(worker.nameCipher, WORKER_NAME.at(worker.workerId))),
                Masking.identityNumber(cipher.decrypt(worker.identityNumberCipher,
                        WORKER_IDENTITY_NUMBER.at(worker.workerId))),
                Masking.phone(cipher.decrypt(worker.phoneCipher, WORKER_PHONE.at(worker.workerId))));
    }

    /** A worker's personal data as any reader may see it. */
    public record Masked(String name, String identityNumber, String phone) {
    }
}
