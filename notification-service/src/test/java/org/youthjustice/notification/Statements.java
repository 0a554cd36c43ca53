package org.youthjustice.notification;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/**
 * The SQL statements Hibernate prepares (entity reads and writes, HQL and native queries; not the platform's own JDBC
 * nor the stream listener's), recorded for the tests that pin how many statements a piece of work costs. Tests only:
 * a {@link StatementInspector} of the test application, which changes no statement.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class Statements implements StatementInspector {

    /** One statement and the thread that prepared it. */
    public record Statement(String thread, String sql) {

        public boolean mentions(String text) {
            return sql.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }
    }

    private static final ThreadLocal<List<Statement>> ON_THIS_THREAD = new ThreadLocal<>();
    private static volatile Queue<Statement> everywhere;

    @Override
    public String inspect(String sql) {
        Statement statement = new Statement(Thread.currentThread().getName(), sql);
        List<Statement> mine = ON_THIS_THREAD.get();
        if (mine != null) {
            mine.add(statement);
        }
        Queue<Statement> all = everywhere;
        if (all != null) {
            all.add(statement);
        }
        return sql;
    }

    /** The statements {@code work} prepared on the calling thread (its transactions run there too). */
    public static List<Statement> onThisThread(Runnable work) {
        List<Statement> recorded = new ArrayList<>();
        ON_THIS_THREAD.set(recorded);
        try {
            work.run();
        } finally {
            ON_THIS_THREAD.remove();
        }
        return recorded;
    }

    /** The statements prepared on any thread while {@code work} ran (a REST call's, but background work's too). */
    public static List<Statement> everywhere(Runnable work) {
        Queue<Statement> recorded = new ConcurrentLinkedQueue<>();
        everywhere = recorded;
        try {
            work.run();
        } finally {
            everywhere = null;
        }
        return List.copyOf(recorded);
    }

    /** How many of {@code statements} match. */
    public static long count(List<Statement> statements, Predicate<Statement> which) {
        return statements.stream().filter(which).count();
    }
}
