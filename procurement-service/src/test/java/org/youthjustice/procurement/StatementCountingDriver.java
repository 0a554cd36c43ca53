package org.youthjustice.procurement;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * PostgreSQL's driver, counting the statements each thread executes: the test profile's datasource driver
 * ({@code src/test/resources/META-INF/microprofile-config.properties}), so that a test can pin how many statements a
 * piece of work costs, whoever runs them (Hibernate, the platform's inbox, plain JDBC), on the thread it runs on and
 * untouched by other threads' work. Everything else goes to pgjdbc unchanged.
 *
 * <pre>{@code
 * List<String> sql = StatementCountingDriver.statementsOf(() -> inbox.processBatch(consumer, records));
 * }</pre>
 */
public final class StatementCountingDriver implements Driver {

    /** The statements of the thread while it records, else null. */
    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    private final Driver postgres = new org.postgresql.Driver();

    /** Runs {@code work} on this thread; the SQL of each statement it executed, in order (a JDBC batch once). */
    public static List<String> statementsOf(Runnable work) {
        List<String> outer = RECORDED.get();
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            work.run();
        } finally {
            RECORDED.set(outer);
        }
        if (outer != null) {
            outer.addAll(statements);
        }
        return statements;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, new ConnectionHandler(connection));
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }

    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCountingDriver.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static Object invoke(Object proxy, Object target, Method method, Object[] args) throws Throwable {
        // a proxy is itself, not its target: Agroal keeps track of the statements it hands out
        switch (method.getName()) {
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {
            }
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Hands out statements that record what they execute. */
    private record ConnectionHandler(Connection connection) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = StatementCountingDriver.invoke(proxy, connection, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return switch (method.getName()) {
                case "prepareStatement" -> proxy(PreparedStatement.class, result, new StatementHandler(result, sql));
                case "prepareCall" -> proxy(CallableStatement.class, result, new StatementHandler(result, sql));
                case "createStatement" -> proxy(Statement.class, result, new StatementHandler(result, null));
                default -> result;
            };
        }
    }

    /** Records each execution on the executing thread, if it records. */
    private record StatementHandler(Object statement, String prepared) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("execute")) {
                List<String> recorded = RECORDED.get();
                if (recorded != null) {
                    recorded.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
                }
            }
            return StatementCountingDriver.invoke(proxy, statement, method, args);
        }
    }
}
