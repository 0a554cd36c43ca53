package org.youthjustice.platform.problem;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A copy of a failure, its causes and its suppressed failures that keeps their classes and stack frames but not
 * their messages. The class and the frames locate the fault; a message written by a lower layer can carry personal
 * data into the log (a JDBC driver quoting the row it could not write, Jackson quoting the input it could not read).
 */
final class RedactedFailure extends Throwable {

    private final String failureClass;

    private RedactedFailure(Throwable failure, RedactedFailure cause) {
        super(null, cause, true, true);
        this.failureClass = failure.getClass().getName();
        setStackTrace(failure.getStackTrace());
    }

    static RedactedFailure of(Throwable failure) {
        return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** {@code seen} stops at a failure met before: a cause chain can loop back on itself. */
    private static RedactedFailure copy(Throwable failure, Set<Throwable> seen) {
        seen.add(failure);
        Throwable cause = failure.getCause();
        RedactedFailure copy = new RedactedFailure(failure,
                cause == null || seen.contains(cause) ? null : copy(cause, seen));
        for (Throwable suppressed : failure.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(copy(suppressed, seen));
            }
        }
        return copy;
    }

    /** The class of the original failure, so that a log formatter that prints the message still names it. */
    @Override
    public String getMessage() {
        return failureClass;
    }

    /** Only the original class, where a stack trace prints {@code Caused by: <class>: <message>}. */
    @Override
    public String toString() {
        return failureClass;
    }
}
