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

    /** The blind index under which an identity number, as typed, is looked up. */
    public String indexOf(String identityNumber) {
        return blindIndex.ofIdentityNumber(identityNumber);
    }

    /**
     * Stores the referral's personal data encrypted in the case, with the blind index the caller computed from the
     * same referral ({@link #indexOf(String)}) to look for an open case: not computed a second time.
     */
    public void protect(JuvenileCase juvenileCase, NewReferral referral, String identityNumberIndex) {
        IdentityNumber number = IdentityNumber.parse(referral.identityNumber());
        juvenileCase.nameCipher = cipher.encrypt(referral.name().strip());
        juvenileCase.identityNumberCipher = cipher.encrypt(number.value());
        juvenileCase.identityNumberIndex = identityNumberIndex;
        juvenileCase.birthDateCipher = cipher.encrypt(number.birthDate().toString());
        juvenileCase.phoneCipher = cipher.encrypt(referral.phone());
        juvenileCase.addressCipher = cipher.encrypt(referral.address());
        juvenileCase.guardiansCipher = referral.guardians() == null || referral.guardians().isEmpty()
                ? null : cipher.encrypt(write(referral.guardians()));
    }

    public Masked masked(JuvenileCase juvenileCase) {
        List<Guardian> guardians = juvenileCase.guardiansCipher == null
                ? List.of() : read(cipher.decrypt(juvenileCase.guardiansCipher));
        return new Masked(Masking.name(cipher.decrypt(juvenileCase.nameCipher)),
                Masking.identityNumber(cipher.decrypt(juvenileCase.identityNumberCipher)),
                Masking.birthDate(LocalDate.parse(cipher.decrypt(juvenileCase.birthDateCipher))),
                Masking.phone(cipher.decrypt(juvenileCase.phoneCipher)),
                Masking.address(cipher.decrypt(juvenileCase.addressCipher)),
                guardians.stream().map(g -> new Guardian(Masking.name(g.name()), Masking.phone(g.phone()))).toList());
    }

    /** The juvenile's personal data in clear, for a reveal: to be given to the caller and nowhere else. */
    public Clear clear(JuvenileCase juvenileCase) {
        List<Guardian> guardians = juvenileCase.guardiansCipher == null
                ? List.of() : read(cipher.decrypt(juvenileCase.guardiansCipher));
        return new Clear(cipher.decrypt(juvenileCase.nameCipher), cipher.decrypt(juvenileCase.identityNumberCipher),
                LocalDate.parse(cipher.decrypt(juvenileCase.birthDateCipher)), cipher.decrypt(juvenileCase.phoneCipher),
                cipher.decrypt(juvenileCase.addressCipher), guardians);
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
