package org.youthjustice.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 from the zonky binaries, with its data kept under {@code <data>/postgres}, and one database and
 * login role per service.
 */
final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static LocalPostgres start(SuiteSettings settings) {
        Path log = settings.logFile("postgres");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(settings.port(PortSetting.POSTGRES))
                    .setDataDirectory(dataDirectory(settings))
                    .setCleanDataDirectory(false)
                    // the suite stops PostgreSQL itself, after the services that use it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
            LocalPostgres local = new LocalPostgres(postgres, dataDirectory(settings));
            try {
                local.createServiceDatabases();
            } catch (RuntimeException e) {
                local.close();
                throw e;
            }
            return local;
        } catch (IOException e) {
            throw new SuiteStartException("PostgreSQL did not start: " + e.getMessage() + "; see " + log, e);
        }
    }

    static Path dataDirectory(SuiteSettings settings) {
        return settings.dataDir().resolve("postgres");
    }

    /** The postmaster's pid from its pid file, while it runs. */
    static OptionalLong postmasterPid(SuiteSettings settings) {
        Path pidFile = dataDirectory(settings).resolve("postmaster.pid");
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            return OptionalLong.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private void createServiceDatabases() {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            for (ServiceModule service : ServiceModule.domainServices()) {
                String role = service.role().orElseThrow();
                String database = service.database().orElseThrow();
                if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                    // names and password are constants of this launcher, never user input
                    statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '"
                            + ServiceModule.LOCAL_DEMO_DB_PASSWORD + "'");
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + database + " OWNER " + role);
                }
            }
        } catch (SQLException e) {
            throw new SuiteStartException("could not create the service databases: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    /** Stops PostgreSQL unless it is already gone (stopped from outside, e.g. by {@code run stop} after a crash). */
    @Override
    public void close() {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
