package org.youthjustice.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/**
 * The SQL statements Hibernate prepares while a piece of work runs, for the tests that pin how many statements it
 * costs. A service's tests register a Hibernate {@code StatementInspector} that hands every statement to
 * {@link #seen} and changes none; statements sent through the datasource directly (the inbox's claim of an event id)
 * bypass Hibernate and are not seen.
 */
public final class SqlStatements {

    /** One statement and the thread that prepared it. */
    public record Statement(String thread, String sql) {

        public boolean mentions(String text) {
            return sql.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }
    }

    private static final ThreadLocal<List<Statement>> ON_THIS_THREAD = new ThreadLocal<>();
    private static volatile Queue<Statement> everywhere;

    private SqlStatements() {
    }

    /** Called by the tests' statement inspector for every statement Hibernate prepares. */
    public static void seen(String sql) {
        Statement statement = new Statement(Thread.currentThread().getName(), sql);
        List<Statement> mine = ON_THIS_THREAD.get();
        if (mine != null) {
            mine.add(statement);
        }
        Queue<Statement> all = everywhere;
        if (all != null) {
            all.add(statement);
        }
    }

    /**
     * The statements {@code work} prepared on the calling thread (its transactions run there too), in their order;
     * those of other threads (Kafka consumers, the outbox relay) are not counted.
     */
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
