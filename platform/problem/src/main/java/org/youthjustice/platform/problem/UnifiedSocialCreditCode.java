package org.youthjustice.platform.problem;

import java.util.Optional;

/**
 * The 18-character unified social-credit code of an organisation (GB 32100-2015): registration authority,
 * organisation category, GB/T 2260 division, GB 11714 organisation code and a check character over the first
 * seventeen, in the 31-character alphabet that leaves out I, O, Z, S and V. Shared by the services that take an
 * agency's code as input (worker-service registers agencies, procurement-service names providers).
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Whether {@code code} is 18 characters of the alphabet with the right check character. */
    public static boolean isValid(String code) {
        return code != null && code.length() == 18 && ALPHABET.indexOf(code.charAt(17)) >= 0
                && checkCharacter(code.substring(0, 17)).filter(check -> check == code.charAt(17)).isPresent();
    }

    /** The check character of the first seventeen characters, if they are all of the alphabet. */
    public static Optional<Character> checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            sum += value * WEIGHTS[i];
        }
        return Optional.of(ALPHABET.charAt((31 - sum % 31) % 31));
    }
}
