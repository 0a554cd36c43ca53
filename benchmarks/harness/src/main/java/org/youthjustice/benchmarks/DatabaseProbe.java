package org.youthjustice.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the soak reads from the local run's PostgreSQL as its superuser {@code postgres} (no password on 127.0.0.1 in
 * deploy/local's LocalPostgres): client connections per database from {@code pg_stat_activity}, leaving out the
 * probe's own (application name {@value #APPLICATION}), and the outbox backlog of each service database, its rows
 * that OutboxRelay has not sent yet ({@code sent_at is null}). One connection per database, kept for the run.
 */
final class DatabaseProbe implements AutoCloseable {

    static final String APPLICATION = "yjs-mixed-load-probe";
    /** The service databases of deploy/local's ServiceModule. */
    static final List<String> SERVICE_DATABASES = List.of("cases", "workers", "procurement", "notifications");

    private final String jdbcBase;
    private final Map<String, Connection> connections = new LinkedHashMap<>();

    /** @param jdbcBase e.g. {@code jdbc:postgresql://127.0.0.1:15432/} */
    DatabaseProbe(String jdbcBase) {
        this.jdbcBase = jdbcBase;
    }

    /** Client connections per database (the service databases first, each present, then any other). */
    Map<String, Integer> connections() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        SERVICE_DATABASES.forEach(database -> counts.put(database, 0));
        try (Statement statement = connection("postgres").createStatement();
             ResultSet rows = statement.executeQuery("select datname, count(*) from pg_stat_activity"
                     + " where backend_type = 'client backend' and datname is not null"
                     + " and application_name <> '" + APPLICATION + "' group by 1 order by 1")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** Unsent outbox rows per service database; -1 for one that has no outbox (or cannot be read). */
    Map<String, Long> outboxBacklog() {
        Map<String, Long> backlog = new LinkedHashMap<>();
        for (String database : SERVICE_DATABASES) {
            try (Statement statement = connection(database).createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from outbox_event where sent_at is null")) {
                rows.next();
                backlog.put(database, rows.getLong(1));
            } catch (SQLException e) {
                closeQuietly(connections.remove(database));
                backlog.put(database, -1L);
            }
        }
        return backlog;
    }

    private Connection connection(String database) throws SQLException {
        Connection connection = connections.get(database);
        if (connection == null || connection.isClosed()) {
            Properties properties = new Properties();
            properties.setProperty("user", "postgres");
            properties.setProperty("ApplicationName", APPLICATION);
            connection = DriverManager.getConnection(jdbcBase + database, properties);
            connection.setAutoCommit(true);
            connections.put(database, connection);
        }
        return connection;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // gone already
            }
        }
    }

    @Override
    public void close() {
        connections.values().forEach(DatabaseProbe::closeQuietly);
        connections.clear();
    }
}
