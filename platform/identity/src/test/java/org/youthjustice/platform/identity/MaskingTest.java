package org.youthjustice.platform.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MaskingTest {

    @Test
    void masksChineseNames() {
        assertEquals("张*明", Masking.name("张小明"));
        assertEquals("李*", Masking.name("李明"));
        assertEquals("欧*明", Masking.name("欧阳小明"), "the length is not shown");
        assertEquals("*", Masking.name("明"));
        assertEquals("买*逊", Masking.name("买买提·吐尔逊"));
        assertEquals("𠮷*", Masking.name("𠮷明"), "a character outside the BMP stays whole");
    }

    @Test
    void keepsTheFirstLetterOfEachPartOfALatinName() {
        assertEquals("L* X*", Masking.name("Li Xiaoming"));
        assertEquals("J*-P* M*", Masking.name(" Jean-Pierre Martin "));
    }

    @Test
    void masksIdentityNumbers() {
        assertEquals("4401**********123X", Masking.identityNumber("44010420080101123X"));
        assertEquals("********", Masking.identityNumber("12345678"));
    }

    @Test
    void masksPhones() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("020*****5678", Masking.phone("020-12345678"));
        assertEquals("*******", Masking.phone("1234567"));
    }

    @Test
    void masksAddressesAfterSixCharacters() {
        assertEquals("广东省广州市***", Masking.address("广东省广州市天河区体育西路1号"));
        assertEquals("***", Masking.address("广州市天河区"));
    }

    @Test
    void keepsOnlyTheYearOfABirthDate() {
        assertEquals("2008-**-**", Masking.birthDate(LocalDate.of(2008, 1, 1)));
    }

    @Test
    void leavesNullAsNull() {
        assertNull(Masking.name(null));
        assertNull(Masking.identityNumber(null));
        assertNull(Masking.phone(null));
        assertNull(Masking.address(null));
        assertNull(Masking.birthDate(null));
    }
}
