package org.youthjustice.platform.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @Test
    void runWithMakesTheIdCurrentAndRestoresThePreviousOne() {
        CorrelationId.runWith("outer", () -> {
            CorrelationId.runWith("inner", () -> assertEquals(Optional.of("inner"), CorrelationId.current()));
            assertEquals(Optional.of("outer"), CorrelationId.current());
        });
        assertEquals(Optional.empty(), CorrelationId.current());
    }

    @Test
    void runWithReplacesAMissingOrInsaneId() {
        String generated = CorrelationId.callWith(null, () -> CorrelationId.current().orElseThrow());
        assertTrue(CorrelationId.isSane(generated));
        String replaced = CorrelationId.callWith("line\nbreak", () -> CorrelationId.current().orElseThrow());
        assertNotEquals("line\nbreak", replaced);
        assertTrue(CorrelationId.isSane(replaced));
    }

    @Test
    void runWithRestoresThePreviousIdWhenTheWorkFails() {
        try {
            CorrelationId.runWith("failing", () -> {
                throw new IllegalStateException("expected");
            });
        } catch (IllegalStateException expected) {
            assertFalse(CorrelationId.current().isPresent());
        }
    }
}
