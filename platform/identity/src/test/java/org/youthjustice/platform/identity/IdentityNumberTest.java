package org.youthjustice.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void readsANumberWithAnXCheckCharacter() {
        IdentityNumber number = IdentityNumber.parse("11010519491231002X", TODAY);

        assertEquals("110105", number.divisionCode());
        assertEquals(LocalDate.of(1949, 12, 31), number.birthDate());
        assertFalse(number.isMale(), "sequence 002 is even");
    }

    @Test
    void readsANumberWithADigitCheckCharacter() {
        IdentityNumber number = IdentityNumber.parse("440104200801011236", TODAY);

        assertEquals("440104", number.divisionCode());
        assertEquals(LocalDate.of(2008, 1, 1), number.birthDate());
        assertTrue(number.isMale(), "sequence 123 is odd");
    }

    @Test
    void acceptsALowerCaseXAndSurroundingSpaces() {
        assertEquals("11010519491231002X", IdentityNumber.parse(" 11010519491231002x ", TODAY).value());
        assertEquals("11010519491231002X", IdentityNumber.normalise(" 11010519491231002x "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "440104200801011237, check",
            "110105194912310021, check",
            "11010519491231002, length",
            "11010519491231002X1, length",
            "'', length",
            "4401042008010112A6, characters",
            "X40104200801011236, characters",
            "440104200802301233, birth-date",
            "440104189912311234, birth-date",
            "440104202611281234, birth-date"
    })
    void refusesWithAReasonThatNeverEchoesTheNumber(String candidate, String reason) {
        String valid17 = candidate.length() >= 17 ? candidate.substring(0, 17) : candidate;
        // Dates must fail on the date, not on the check character: give them a correct one.
        String input = "birth-date".equals(reason) ? valid17 + IdentityNumber.checkCharacter(valid17) : candidate;

        InvalidIdentityNumberException refused = assertThrows(InvalidIdentityNumberException.class,
                () -> IdentityNumber.parse(input, TODAY));

        assertEquals(reason, refused.reason().code());
        assertFalse(!input.isEmpty() && refused.getMessage().contains(input));
        assertFalse(refused.getMessage().contains("44010"));
    }

    @Test
    void refusesNull() {
        assertEquals("length", assertThrows(InvalidIdentityNumberException.class,
                () -> IdentityNumber.parse(null)).reason().code());
        assertFalse(IdentityNumber.isValid(null));
    }

    @Test
    void acceptsABirthOnTheDayItself() {
        LocalDate day = LocalDate.of(2020, 5, 5);
        String born = IdentityNumber.compose("440104", day, 1).value();

        assertEquals(day, IdentityNumber.parse(born, day).birthDate());
        assertEquals("birth-date", assertThrows(InvalidIdentityNumberException.class,
                () -> IdentityNumber.parse(born, day.minusDays(1))).reason().code());
    }

    @Test
    void composesValidFictionalNumbers() {
        IdentityNumber girl = IdentityNumber.compose("440306", LocalDate.of(2010, 3, 15), 2);
        IdentityNumber boy = IdentityNumber.compose("440306", LocalDate.of(2010, 3, 15), 1);

        assertTrue(IdentityNumber.isValid(girl.value()));
        assertEquals("44030620100315002", girl.value().substring(0, 17));
        assertFalse(girl.isMale());
        assertTrue(boy.isMale());
        assertEquals(IdentityNumber.parse("11010519491231002X"),
                IdentityNumber.compose("110105", LocalDate.of(1949, 12, 31), 2));
        assertThrows(IllegalArgumentException.class, () -> IdentityNumber.compose("4401", TODAY, 1));
        assertThrows(IllegalArgumentException.class, () -> IdentityNumber.compose("440104", TODAY, 1000));
    }

    @Test
    void showsOnlyAMaskInToString() {
        assertEquals("4401**********1236", IdentityNumber.parse("440104200801011236").toString());
    }
}
