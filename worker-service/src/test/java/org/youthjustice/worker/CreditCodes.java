package org.youthjustice.worker;

import org.youthjustice.platform.problem.UnifiedSocialCreditCode;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid unified social-credit codes, so that tests do not share agencies. */
public final class CreditCodes {

    private static final String ORGANISATION_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {
    }

    public static String fresh() {
        StringBuilder code = new StringBuilder("52440100");
        for (int i = 0; i < 9; i++) {
            code.append(ORGANISATION_CODE_CHARACTERS.charAt(
                    ThreadLocalRandom.current().nextInt(ORGANISATION_CODE_CHARACTERS.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString()).orElseThrow()).toString();
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheck(String code) {
        char check = code.charAt(17);
        return code.substring(0, 17) + (check == '0' ? '1' : '0');
    }
}
