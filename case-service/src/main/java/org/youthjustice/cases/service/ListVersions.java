package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.cases.domain.ListVersion;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Optimistic locking of the lists of a case that are replaced as a whole (plan, team), so that two people editing
 * one at once never silently overwrite each other: the version is 0 before the first write and each write adds one;
 * a write names the version it read ({@code If-Match}) and is refused with 412 when another write came first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ListVersions {

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Takes the version row of the list for a write by the caller: locks it (created, not yet flushed, at the first
     * write), checks it is still {@code expected} when one is given, and stamps it so that the write adds one to the
     * version. The caller holds the case's row lock, so two first writes never both create the row. {@code what}
     * names the list in the 412's detail (e.g. "The plan of case GZ-2026-000123").
     */
    public <V extends ListVersion> V claim(Class<V> type, Supplier<V> fresh, long caseId, OptionalInt expected,
                                           String what) {
        V row = entityManager.find(type, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (expected.isPresent() && expected.getAsInt() != versionOf(row)) {
            throw ProblemException.preconditionFailed(what + " has changed since you read it; read it again.");
        }
        if (row == null) {
            row = fresh.get();
            row.caseId = caseId;
        }
        // A new stamp makes the row dirty, and so Hibernate adds one to its version at the flush: writes queue on the
        // case's lock, so no two of them share a microsecond of the service's clock.
        row.updatedAt = Instant.now(clock);
        row.updatedBy = caller.subject();
        row.persist();
        entityManager.flush();
        return row;
    }

    /** The version of the list of {@code caseId} as If-Match names it: 0 before its first write. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int current(Class<? extends ListVersion> type, long caseId) {
        return versionOf(entityManager.find(type, caseId));
    }

    /** 0 for a list not written yet, so that the first write already makes it 1 and If-Match tells them apart. */
    public static int versionOf(ListVersion row) {
        return row == null ? 0 : row.version + 1;
    }
}
