package org.youthjustice.platform.testing;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own in the test database of {@link PostgresResource}, for a test of migrations: Flyway migrates it
 * as a service's start would (as the owner role, the platform's grant callback given the application role), step by
 * step if the test wants, e.g. to an older version, then data of that version, then the rest. Dropped on close.
 *
 * <pre>{@code
 * try (ScratchSchema schema = ScratchSchema.create()) {
 *     schema.flyway("db/migration", "db/platform").target("30").load().migrate();
 *     schema.execute("insert into ...");
 *     schema.flyway("db/migration", "db/platform").load().migrate();
 * }
 * }</pre>
 */
public final class ScratchSchema implements AutoCloseable {

    private final String name = "scratch_" + UUID.randomUUID().toString().replace("-", "");

    private ScratchSchema() {
    }

    public static ScratchSchema create() {
        return new ScratchSchema();
    }

    public String name() {
        return name;
    }

    /** Flyway for this schema and {@code locations}, out of order as the platform's defaults have it. */
    public FluentConfiguration flyway(String... locations) {
        return Flyway.configure()
                .dataSource(PostgresResource.jdbcUrl(), PostgresResource.OWNER_ROLE, PostgresResource.PASSWORD)
                .schemas(name).locations(locations).outOfOrder(true)
                .placeholders(Map.of("applicationRole", PostgresResource.APPLICATION_ROLE));
    }

    /** A connection of the owner role with this schema first on its search path. */
    public Connection connection() throws SQLException {
        Connection connection = DriverManager.getConnection(PostgresResource.jdbcUrl(), PostgresResource.OWNER_ROLE,
                PostgresResource.PASSWORD);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + name);
        }
        return connection;
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("drop schema if exists " + name + " cascade");
    }
}
