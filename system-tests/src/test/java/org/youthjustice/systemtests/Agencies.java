package org.youthjustice.systemtests;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Provider agencies for the tests: each with a fresh unified social-credit code, so that no run meets another's. */
final class Agencies {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Agencies() {
    }

    /** A social organisation of Guangzhou (prefix 52440100) with random digits and a valid check character. */
    static String freshCreditCode() {
        StringBuilder code = new StringBuilder("52440100");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The body of {@code POST /agencies} for the code. */
    static Map<String, Object> registration(String creditCode, String name) {
        return Map.of("creditCode", creditCode, "name", name, "region", "440100");
    }
}
