package org.youthjustice.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A juvenile's data, slipped into the case events the tests send as if a producer leaked it: case-service's examples
 * carry none (they are pseudonymous), so these make the privacy scans of alerts, e-mails and webhook bodies bite.
 */
public final class LeakedJuvenile {

    public static final Map<String, String> FIELDS = Map.of("fullName", "张小明", "idNumber", "44010420090315123X",
            "phone", "13800138000", "birthDate", "2009-03-15", "address", "越秀区中山五路 1 号");

    /**
     * An identity number (18 digits, the last maybe X) or a mobile phone number, standing alone: not a run of digits
     * inside an id such as a UUID's {@code -13668730393f}.
     */
    private static final Pattern IDENTITY_OR_PHONE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{17}[\\dXx]|1[3-9]\\d{9})(?![0-9A-Za-z])");

    private LeakedJuvenile() {
    }

    public static void plantIn(ObjectNode data) {
        FIELDS.forEach(data::put);
    }

    /** Fails if {@code text} holds an identity or phone number or any of the planted values. */
    public static void assertNoneIn(String text) {
        assertNoneIn(text, FIELDS.values());
    }

    /** Fails if {@code text} holds an identity or phone number or any of {@code personal}. */
    public static void assertNoneIn(String text, Collection<String> personal) {
        assertFalse(IDENTITY_OR_PHONE.matcher(text).find(), () -> "an identity or phone number in: " + text);
        personal.forEach(value -> assertFalse(text.contains(value), () -> "'" + value + "' in: " + text));
    }
}
