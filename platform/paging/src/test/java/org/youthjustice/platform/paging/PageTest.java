package org.youthjustice.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageTest {

    @Test
    void offsetAndPageCountFollowPageAndSize() {
        PageRequest third = new PageRequest(2, 20);
        Page<String> page = Page.of(List.of("a", "b"), third, 42);

        assertEquals(40, third.offset());
        assertEquals(3, page.totalPages());
        assertEquals(List.of("A", "B"), page.map(String::toUpperCase).items());
        assertEquals(42, page.map(String::toUpperCase).total());
    }

    @Test
    void anOffsetBeyondIntegerRangeIsRefusedRatherThanWrapped() {
        assertThrows(ArithmeticException.class, () -> new PageRequest(Integer.MAX_VALUE, 100).offset());
    }
}
