package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void textOfAnyScriptIsStorable() {
        assertTrue(StorableText.isStorable(""));
        assertTrue(StorableText.isStorable("张小明, 4401 O'Brien"));
        assertTrue(StorableText.isStorable("line\nbreak\ttab"));
        assertTrue(StorableText.isStorable("\uD83D\uDE00 and \uD840\uDC0B"));
    }

    @Test
    void nulIsNot() {
        assertFalse(StorableText.isStorable("a\0b"));
        assertFalse(StorableText.isStorable("\0"));
    }

    @Test
    void anUnpairedSurrogateIsNot() {
        assertFalse(StorableText.isStorable("\uD83D"));
        assertFalse(StorableText.isStorable("a\uD83Db"));
        assertFalse(StorableText.isStorable("\uDE00"));
        assertFalse(StorableText.isStorable("\uDE00\uD83D"));
        assertFalse(StorableText.isStorable("\uD83D\uD83D\uDE00"));
    }
}
