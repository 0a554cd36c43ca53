package org.youthjustice.local;

/**
 * A service's database refusing the service ({@link Suite#refuseDatabaseLogins(ServiceModule)}): its role may not
 * log in and its sessions were ended, as when the database is unreachable for it. Closing ends the refusal; the
 * service's connection pool then connects again by itself.
 *
 * <pre>{@code
 * try (DatabaseRefusal refused = suite.refuseDatabaseLogins(ServiceModule.WORKER)) {
 *     // worker-service cannot reach its database here
 * }
 * }</pre>
 */
public final class DatabaseRefusal implements AutoCloseable {

    private final ServiceModule service;
    private final int endedSessions;
    private final Runnable allowLogins;
    private boolean closed;

    DatabaseRefusal(ServiceModule service, int endedSessions, Runnable allowLogins) {
        this.service = service;
        this.endedSessions = endedSessions;
        this.allowLogins = allowLogins;
    }

    public ServiceModule service() {
        return service;
    }

    /** The service's sessions that were open when the refusal began, all ended by it. */
    public int endedSessions() {
        return endedSessions;
    }

    /** The service may log in again. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (!closed) {
            allowLogins.run();
            closed = true;
        }
    }
}
