package org.youthjustice.platform.identity;

import org.youthjustice.platform.time.ServiceZone;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PRC resident identity number (GB 11643-1999): a 6-digit division code (GB/T 2260), the date of birth as
 * {@code yyyyMMdd}, a 3-digit sequence whose parity gives the sex (odd for male) and a check character (ISO 7064
 * MOD 11-2: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, the sum mod 11 indexes {@code 1 0 X 9 8 7 6 5 4 3 2}).
 * <p>
 * {@link #toString()} is masked so that a number that slips into a log line or an error message does not leak;
 * {@link #value()} is the number itself.
 */
public final class IdentityNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** Compiled once: a bulk import parses a thousand numbers at once. */
    private static final Pattern CHARACTERS = Pattern.compile("[0-9]{17}[0-9X]");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Identity numbers are issued in China: "today" is China's today, whatever the server's zone. */
    private static final ZoneId ISSUING_ZONE = ServiceZone.ZONE;

    private final String value;
    private final LocalDate birthDate;

    private IdentityNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Trimmed and upper-cased (a typed {@code x} check character becomes {@code X}); {@code null} stays {@code null}. */
    public static String normalise(String identityNumber) {
        return identityNumber == null ? null : identityNumber.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The number after {@link #normalise(String)}, checked: length, characters, check character, and a date of
     * birth that exists, is not before 1900 and not after today in China.
     *
     * @throws InvalidIdentityNumberException with the reason, never the number
     */
    public static IdentityNumber parse(String identityNumber) {
        return parse(identityNumber, LocalDate.now(ISSUING_ZONE));
    }

    /** As {@link #parse(String)}, with the day that counts as today (a birth date after it is refused). */
    public static IdentityNumber parse(String identityNumber, LocalDate today) {
        String number = normalise(identityNumber);
        if (number == null || number.length() != 18) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberException.Reason.LENGTH);
        }
        if (!CHARACTERS.matcher(number).matches()) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberException.Reason.CHARACTERS);
        }
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberException.Reason.CHECK);
        }
        LocalDate birthDate = birthDate(number.substring(6, 14), today);
        return new IdentityNumber(number, birthDate);
    }

    /** Whether {@link #parse(String)} accepts it. */
    public static boolean isValid(String identityNumber) {
        try {
            parse(identityNumber);
            return true;
        } catch (InvalidIdentityNumberException e) {
            return false;
        }
    }

    /**
     * A valid number made of its parts, with the check character computed: how tests and demo data get
     * fictional numbers. {@code sequence} is 0 to 999, odd for a male.
     */
    public static IdentityNumber compose(String divisionCode, LocalDate birthDate, int sequence) {
        Objects.requireNonNull(birthDate, "birthDate");
        if (divisionCode == null || !divisionCode.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("divisionCode must be 6 digits");
        }
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be between 0 and 999");
        }
        String first17 = divisionCode + String.format(Locale.ROOT, "%04d%02d%02d%03d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
        return parse(first17 + checkCharacter(first17));
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String yyyyMMdd, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
                    Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberException.Reason.BIRTH_DATE);
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) {
            throw new InvalidIdentityNumberException(InvalidIdentityNumberException.Reason.BIRTH_DATE);
        }
        return date;
    }

    /** The 18 characters, normalised. Treat as personal data: encrypt it, index it, never log it. */
    public String value() {
        return value;
    }

    /** The GB/T 2260 division code where the number was first issued. */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked ({@code 4401**********123X}): an identity number never reaches a log through string concatenation. */
    @Override
    public String toString() {
        return Masking.identityNumber(value);
    }
}
