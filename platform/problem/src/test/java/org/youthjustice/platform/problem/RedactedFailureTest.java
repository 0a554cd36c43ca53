package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class RedactedFailureTest {

    private static final String PERSONAL = "440101200801011234";

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void keepsTheClassesAndFramesOfTheFailureAndItsCausesButNoMessage() {
        SQLException root = new SQLException("duplicate key (id_number)=(" + PERSONAL + ")");
        IllegalStateException failure = new IllegalStateException("could not save " + PERSONAL, root);

        RedactedFailure redacted = RedactedFailure.of(failure);

        String printed = printed(redacted);
        assertFalse(printed.contains(PERSONAL), printed);
        assertTrue(printed.startsWith(IllegalStateException.class.getName() + System.lineSeparator()), printed);
        assertTrue(printed.contains("Caused by: " + SQLException.class.getName() + System.lineSeparator()), printed);
        assertTrue(printed.contains("at " + RedactedFailureTest.class.getName()), printed);
        assertArrayEquals(failure.getStackTrace(), redacted.getStackTrace());
        assertArrayEquals(root.getStackTrace(), redacted.getCause().getStackTrace());
        assertEquals(SQLException.class.getName(), redacted.getCause().getMessage());
        assertNull(redacted.getCause().getCause());
    }

    @Test
    void suppressedFailuresAreRedactedToo() {
        IllegalStateException failure = new IllegalStateException("first " + PERSONAL);
        failure.addSuppressed(new UncheckedIOException("closing " + PERSONAL, new java.io.IOException(PERSONAL)));

        String printed = printed(RedactedFailure.of(failure));

        assertFalse(printed.contains(PERSONAL), printed);
        assertTrue(printed.contains("Suppressed: " + UncheckedIOException.class.getName()), printed);
        assertTrue(printed.contains("Caused by: " + java.io.IOException.class.getName()), printed);
    }

    @Test
    void aCauseChainThatLoopsBackEnds() {
        IllegalStateException first = new IllegalStateException(PERSONAL);
        IllegalArgumentException second = new IllegalArgumentException(PERSONAL, first);
        first.initCause(second);

        RedactedFailure redacted = RedactedFailure.of(first);

        assertEquals(IllegalArgumentException.class.getName(), redacted.getCause().toString());
        assertNull(redacted.getCause().getCause());
    }
}
