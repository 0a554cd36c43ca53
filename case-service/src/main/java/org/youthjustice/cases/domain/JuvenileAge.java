package org.youthjustice.cases.domain;

import org.youthjustice.platform.identity.IdentityNumber;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * A person's age as juvenile justice counts it: full years (周岁), a year complete from the day after the birthday
 * (Supreme People's Court, Interpretation on juvenile criminal cases, 2006, art. 2). So a person is still 17 on their
 * 18th birthday and 18 from the next day. Juvenile correction and prevention are for those under 18. The birth date
 * stays inside: nothing here prints it.
 */
public final class JuvenileAge {

    public static final int ADULT = 18;

    private final LocalDate birthDate;

    private JuvenileAge(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    /** The age of the holder of an identity number, from the date of birth it carries. */
    public static JuvenileAge of(IdentityNumber person) {
        return new JuvenileAge(person.birthDate());
    }

    /**
     * Full years on a date.
     *
     * @throws IllegalArgumentException when the date is before the birth date
     */
    public int on(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date is before the date of birth");
        }
        return Math.max(0, Period.between(birthDate, date.minusDays(1)).getYears());
    }

    /** Under 18 on that date. */
    public boolean isMinorOn(LocalDate date) {
        return on(date) < ADULT;
    }

    /**
     * The month of the first day on which the person is 18: the month of the 18th birthday, or the next one when
     * that birthday is the last day of its month (or a 29 February that the 18th year lacks).
     */
    public YearMonth monthOfEighteen() {
        YearMonth birthdayMonth = YearMonth.from(birthDate).plusYears(ADULT);
        return on(birthdayMonth.atEndOfMonth()) >= ADULT ? birthdayMonth : birthdayMonth.plusMonths(1);
    }
}
