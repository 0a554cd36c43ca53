package org.youthjustice.platform.messaging;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failed handling is the infrastructure's fault, which passes by itself and is waited out, or the
 * record's, which retrying cannot fix and which goes to the dead-letter topic (ADR 0006).
 */
public enum FailureKind {

    /** The database or another dependency is unreachable, overloaded, or lost a race: retry for as long as it takes. */
    INFRASTRUCTURE,
    /** Not an event, invalid data, or a rule of the handler refused it: bounded attempts, then the dead letters. */
    RECORD;

    /**
     * SQLSTATE classes and codes that say nothing about the statement: connection exceptions (08), the database
     * refusing the service's login or credentials (28: a disabled role, a rotated password) or missing (3D000),
     * insufficient resources (53), operator intervention such as a shutdown or a crash recovery (57P01-57P03), a
     * serialization failure or deadlock (40001, 40P01), a lock not available (55P03), a statement cancelled by its
     * timeout (57014).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "28", "53");
    private static final Set<String> TRANSIENT_STATES = Set.of("3D000", "57P01", "57P02", "57P03", "40001", "40P01",
            "55P03", "57014");
    private static final int MAX_DEPTH = 20;

    /**
     * Looks through the whole cause chain: JTA, Hibernate (its lock and connection exceptions) and Agroal wrap the
     * SQL failure, often twice. Anything not recognised is the record's: a handler bug then dead-letters after
     * bounded attempts (and can be replayed after the fix) instead of stalling its partition for good.
     */
    public static FailureKind of(Throwable failure) {
        var seen = 0;
        for (var cause = failure; cause != null && seen < MAX_DEPTH; cause = cause.getCause(), seen++) {
            if (isInfrastructure(cause)) {
                return INFRASTRUCTURE;
            }
        }
        return RECORD;
    }

    /**
     * The failure's kind for logs and health, e.g. {@code PSQLException 08001}: never its message, which may quote
     * the data of a statement.
     */
    public static String describe(Throwable failure) {
        var innermost = failure;
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getClass().getSimpleName() + (sql.getSQLState() == null ? "" : " " + sql.getSQLState());
            }
            innermost = cause;
        }
        return innermost.getClass().getSimpleName();
    }

    private static boolean isInfrastructure(Throwable cause) {
        if (cause instanceof MalformedEventException) {
            return false;
        }
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                // Agroal's "acquisition timeout" of an exhausted pool, a transaction timeout
                || cause instanceof TimeoutException || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            var state = sql.getSQLState();
            return TRANSIENT_STATES.contains(state)
                    || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
        }
        return false;
    }
}
