package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.FlushModeType;

import java.util.List;

/**
 * Ids taken from a table's identity sequence before the insert, for rows whose tokens are bound to their own id
 * ({@link CipherColumns}): the id must be known when the value is encrypted, which an identity column generated on
 * insert does not allow (V18 lets the application give the id).
 */
public final class RowIds {

    private RowIds() {
    }

    /** The next id of the table. */
    public static long next(String table) {
        return next(table, 1).get(0);
    }

    /** The next {@code count} ids of the table, in one round trip. */
    public static List<Long> next(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = Panache.getEntityManager()
                .createNativeQuery("select nextval(pg_get_serial_sequence(?1, 'id')) from generate_series(1, ?2)")
                .setParameter(1, table)
                .setParameter(2, count)
                // only a sequence is read: nothing pending needs to be written first
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
