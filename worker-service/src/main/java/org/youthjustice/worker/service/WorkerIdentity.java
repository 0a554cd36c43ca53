package org.youthjustice.worker.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.identity.Masking;
import org.youthjustice.worker.domain.Worker;

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

    /** The blind index under which an identity number, as typed, is looked up. */
    public String indexOf(String identityNumber) {
        return blindIndex.ofIdentityNumber(identityNumber);
    }

    public void protect(Worker worker, String name, String identityNumber, String phone) {
        worker.nameCipher = cipher.encrypt(name);
        worker.identityNumberCipher = cipher.encrypt(IdentityNumber.normalise(identityNumber));
        worker.identityNumberIndex = blindIndex.ofIdentityNumber(identityNumber);
        changePhone(worker, phone);
    }

    /**
     * Whether the worker's phone is this one; compared in clear, since encrypting the same phone again gives
     * another ciphertext.
     */
    public boolean hasPhone(Worker worker, String phone) {
        return worker.phoneCipher != null && phone.equals(cipher.decrypt(worker.phoneCipher));
    }

    public void changePhone(Worker worker, String phone) {
        worker.phoneCipher = phone == null ? null : cipher.encrypt(phone);
    }

    public Masked masked(Worker worker) {
        return new Masked(Masking.name(cipher.decrypt(worker.nameCipher)),
                Masking.identityNumber(cipher.decrypt(worker.identityNumberCipher)),
                worker.phoneCipher == null ? null : Masking.phone(cipher.decrypt(worker.phoneCipher)));
    }

    /** A worker's personal data as any reader may see it. */
    public record Masked(String name, String identityNumber, String phone) {
    }
}
