package org.youthjustice.platform.problem;

/**
 * Text a service can store and give back exactly as the client sent it. A NUL character is refused by PostgreSQL in
 * any text column, so it would fail the request with a 500 when written; an unpaired UTF-16 surrogate (a lone
 * {@code \ud800} in JSON) has no UTF-8 encoding and would be stored as {@code ?}, changing what the client sent.
 * Both are refused as input: in JSON strings ({@link StorableTextDeserializer}) and in path and query parameters
 * ({@link ParameterTextFilter}).
 */
final class StorableText {

    static final String CODE = "text";
    static final String MESSAGE = "must not contain NUL characters or unpaired surrogates";

    private StorableText() {
    }

    static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
