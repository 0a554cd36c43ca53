package org.youthjustice.worker;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements Hibernate prepares on the calling thread while an action runs, so that a test can count what
 * an action costs; statements of other threads (the Kafka consumers, the outbox relay) are not counted. Statements
 * sent through the datasource directly (the inbox's claim of an event id) bypass Hibernate and are not seen either.
 * Registered with Hibernate as the persistence unit's statement inspector; it changes no statement.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    /** The statements prepared on this thread while {@code action} ran, in their order. */
    public static List<String> during(Runnable action) {
        List<String> recorded = new ArrayList<>();
        RECORDED.set(recorded);
        try {
            action.run();
        } finally {
            RECORDED.remove();
        }
        return recorded;
    }

    @Override
    public String inspect(String sql) {
        List<String> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(sql);
        }
        return sql;
    }
}
