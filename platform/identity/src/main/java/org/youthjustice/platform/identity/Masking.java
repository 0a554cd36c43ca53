package org.youthjustice.platform.identity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masked forms that API responses show by default. Each keeps just enough for a person who knows the
 * subject to recognise the record, and a fixed number of stars where that hides the length. {@code null} stays
 * {@code null}.
 */
public final class Masking {

    private static final Pattern LATIN_PART = Pattern.compile("\\p{L}+");
    private static final int ADDRESS_KEPT = 6;

    private Masking() {
    }

    /**
     * A Chinese name keeps its first and last characters ({@code 张小明} → {@code 张*明}, {@code 欧阳小明} →
     * {@code 欧*明}, {@code 李明} → {@code 李*}); a name in Latin letters keeps the first letter of each part
     * ({@code Li Xiaoming} → {@code L* X*}).
     */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.codePoints().anyMatch(Masking::isHan)) {
            return chineseName(trimmed);
        }
        Matcher part = LATIN_PART.matcher(trimmed);
        StringBuilder masked = new StringBuilder();
        while (part.find()) {
            String first = new String(Character.toChars(part.group().codePointAt(0)));
            part.appendReplacement(masked, Matcher.quoteReplacement(first + "*"));
        }
        part.appendTail(masked);
        return masked.toString();
    }

    private static String chineseName(String name) {
        // Code points, not chars: rare surnames and given names lie outside the Basic Multilingual Plane.
        int[] characters = name.codePoints().toArray();
        if (characters.length <= 1) {
            return "*";
        }
        String first = new String(characters, 0, 1);
        if (characters.length == 2) {
            return first + "*";
        }
        return first + "*" + new String(characters, characters.length - 1, 1);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The first 4 and last 4 characters ({@code 4401**********123X}); a value of 8 characters or fewer is all stars. */
    public static String identityNumber(String identityNumber) {
        return keepEnds(identityNumber, 4, 4);
    }

    /** The first 3 and last 4 digits ({@code 138****5678}); a value of 7 characters or fewer is all stars. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /** The first 6 characters then {@code ***} ({@code 广东省广州市***}); a shorter address is only {@code ***}. */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        int[] characters = address.trim().codePoints().toArray();
        if (characters.length <= ADDRESS_KEPT) {
            return "***";
        }
        return new String(characters, 0, ADDRESS_KEPT) + "***";
    }

    /** The year only ({@code 2008-**-**}): enough to tell a minor from an adult, not enough to identify. */
    public static String birthDate(LocalDate birthDate) {
        return birthDate == null ? null : String.format(Locale.ROOT, "%04d-**-**", birthDate.getYear());
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        int length = trimmed.length();
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        return trimmed.substring(0, head) + "*".repeat(length - head - tail) + trimmed.substring(length - tail);
    }
}
