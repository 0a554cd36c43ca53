package org.youthjustice.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.identity.Masking;

import java.time.LocalDate;
import java.util.List;

import static org.youthjustice.cases.domain.CipherColumns.CASE_ADDRESS;
import static org.youthjustice.cases.domain.CipherColumns.CASE_BIRTH_DATE;
import static org.youthjustice.cases.domain.CipherColumns.CASE_GUARDIANS;
import static org.youthjustice.cases.domain.CipherColumns.CASE_IDENTITY_NUMBER;
import static org.youthjustice.cases.domain.CipherColumns.CASE_NAME;
import static org.youthjustice.cases.domain.CipherColumns.CASE_PHONE;

/**
 * The one place where a juvenile's personal data is in clear: encrypted on the way in, decrypted only to be
 * masked on the way out. Nothing here is logged.
 */
@ApplicationScoped
public class CaseIdentity {

    private static final TypeReference<List<Guardian>> GUARDIANS = new TypeReference<>() {
    };

    @Inject
    IdentityCipher cipher;

    @Inject
    BlindIndex blindIndex;

    @Inject
    ObjectMapper json;

    /**
     * The indexes under which a stored case of this juvenile may be found: one per configured blind-index key, so
     * that cases not yet re-indexed after a rotation are found too.
     */
    List<String> lookupIndexesOf(IdentityNumber juvenile) {
        return blindIndex.allOf(juvenile.value());
    }

    /**
     * Stores the referral's personal data encrypted in the case, with the blind index of its identity number under
     * the primary blind-index key.
     */
    public void protect(JuvenileCase juvenileCase, NewReferral referral) {
        IdentityNumber number = referral.identityNumber();
        String row = juvenileCase.reference;
        juvenileCase.nameCipher = cipher.encrypt(referral.name().strip(), CASE_NAME.at(row));
        juvenileCase.identityNumberCipher = cipher.encrypt(number.value(), CASE_IDENTITY_NUMBER.at(row));
        juvenileCase.identityNumberIndex = blindIndex.of(number.value());
        juvenileCase.birthDateCipher = cipher.encrypt(number.birthDate().toString(), CASE_BIRTH_DATE.at(row));
        juvenileCase.phoneCipher = cipher.encrypt(referral.phone(), CASE_PHONE.at(row));
        juvenileCase.addressCipher = cipher.encrypt(referral.address(), CASE_ADDRESS.at(row));
        juvenileCase.guardiansCipher = referral.guardians() == null || referral.guardians().isEmpty()
                ? null : cipher.encrypt(write(referral.guardians()), CASE_GUARDIANS.at(row));
    }

    public Masked masked(JuvenileCase juvenileCase) {
        Clear clear = clear(juvenileCase);
        return new Masked(Masking.name(clear.name()), Masking.identityNumber(clear.identityNumber()),
                Masking.birthDate(clear.birthDate()), Masking.phone(clear.phone()), Masking.address(clear.address()),
                clear.guardians().stream().map(g -> new Guardian(Masking.name(g.name()), Masking.phone(g.phone())))
                        .toList());
    }

    /** The juvenile's personal data in clear, for a reveal: to be given to the caller and nowhere else. */
    public Clear clear(JuvenileCase juvenileCase) {
        String row = juvenileCase.reference;
        List<Guardian> guardians = juvenileCase.guardiansCipher == null
                ? List.of() : read(cipher.decrypt(juvenileCase.guardiansCipher, CASE_GUARDIANS.at(row)));
        return new Clear(cipher.decrypt(juvenileCase.nameCipher, CASE_NAME.at(row)),
                cipher.decrypt(juvenileCase.identityNumberCipher, CASE_IDENTITY_NUMBER.at(row)),
                LocalDate.parse(cipher.decrypt(juvenileCase.birthDateCipher, CASE_BIRTH_DATE.at(row))),
                cipher.decrypt(juvenileCase.phoneCipher, CASE_PHONE.at(row)),
                cipher.decrypt(juvenileCase.addressCipher, CASE_ADDRESS.at(row)), guardians);
    }

    private String write(List<Guardian> guardians) {
        try {
            return json.writeValueAsString(guardians);
        } catch (JsonProcessingException e) {
            // The message of a Jackson error may quote the input: never pass it on.
            throw new IllegalStateException("guardians could not be written as JSON");
        }
    }

    private List<Guardian> read(String guardians) {
        try {
            return json.readValue(guardians, GUARDIANS);
        } catch (JsonProcessingException e) {
            // The message of a Jackson error quotes the input: never pass it on.
            throw new IllegalStateException("stored guardians are not readable JSON");
        }
    }

    /** A juvenile's personal data as any reader may see it. */
    public record Masked(String name, String identityNumber, String birthDate, String phone, String address,
                         List<Guardian> guardians) {
    }

    /** A juvenile's personal data in clear; its {@code toString} shows nothing, in case it reaches a log. */
    public record Clear(String name, String identityNumber, LocalDate birthDate, String phone, String address,
                        List<Guardian> guardians) {

        @Override
        public String toString() {
            return "Clear[protected]";
        }
    }
}
