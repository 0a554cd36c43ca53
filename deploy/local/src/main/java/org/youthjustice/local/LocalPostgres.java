package org.youthjustice.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 from the zonky binaries, with its data kept under {@code <data>/postgres}, and per service one
 * database, owned by the role that migrates it, and the role the service runs as ({@link ServiceModule#ownerRole()},
 * {@link ServiceModule#role()}).
 *
 * <p>It runs durable, as in production (DESIGN.md §4b): {@code fsync=on} and {@code synchronous_commit=on}, so that a
 * commit is on disk before a service answers 2xx. zonky's own defaults skip both flushes (its {@code -F} flag and
 * asynchronous commits); the {@code -c} options set here come after {@code -F} on the command line, and the last
 * setting of an option wins.
 */
final class LocalPostgres implements AutoCloseable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path log;
    private volatile Optional<ProcessHandle> postmaster;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory, Path log) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.postmaster = runningPostmaster(dataDirectory);
    }

    static LocalPostgres start(SuiteSettings settings) {
        Path log = settings.logFile("postgres");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(settings.port(PortSetting.POSTGRES))
                    .setDataDirectory(dataDirectory(settings))
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // the suite stops PostgreSQL itself, after the services that use it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
            LocalPostgres local = new LocalPostgres(postgres, dataDirectory(settings), log);
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
        return postmasterPid(dataDirectory(settings));
    }

    private static OptionalLong postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            return OptionalLong.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) {
        OptionalLong pid = postmasterPid(dataDirectory);
        return pid.isPresent() ? ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive) : Optional.empty();
    }

    /**
     * The postmaster of this server while it runs; its backends are its child processes. The handle is the one of
     * the process that started, so that a pid reused after a crash is never taken for it.
     */
    Optional<ProcessHandle> postmaster() {
        return postmaster.filter(ProcessHandle::isAlive);
    }

    /** A connection of the superuser, to the {@code postgres} database. */
    Connection superuser() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /**
     * Starts the server again after it ended without a shutdown (a crash, a {@code kill -9} of the postmaster and
     * its backends): PostgreSQL replays its write-ahead log and accepts connections again, with the options of its
     * last start ({@code pg_ctl restart} reads them from {@code postmaster.opts}), the durable settings among them.
     * zonky cannot do it: its handle starts a server once, and a second handle in the same JVM cannot take the lock
     * of the data directory that the first still holds.
     *
     * @throws IllegalStateException when the server still runs
     */
    void restartAfterCrash() {
        Optional<ProcessHandle> running = postmaster().or(() -> runningPostmaster(dataDirectory));
        if (running.isPresent()) {
            throw new IllegalStateException("PostgreSQL still runs (postmaster " + running.get().pid() + ")");
        }
        try {
            // the stale pid file names a process that is gone; pg_ctl would otherwise signal whatever has that pid now
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                // as zonky runs its binaries for root: pg_ctl refuses root, and the data is the namespace user's
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl().toString(), "-D", dataDirectory.toString(), "-w",
                    "-t", String.valueOf(STARTUP_WAIT.toSeconds()), "restart"));
            Process pgCtl = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(Redirect.appendTo(log.toFile())).start();
            if (!pgCtl.waitFor(STARTUP_WAIT.toSeconds() + 10, TimeUnit.SECONDS)) {
                pgCtl.destroyForcibly();
                throw new SuiteStartException("PostgreSQL did not start again within " + STARTUP_WAIT.toSeconds()
                        + " s; see " + log);
            }
            if (pgCtl.exitValue() != 0) {
                throw new SuiteStartException("PostgreSQL did not start again (pg_ctl exited with "
                        + pgCtl.exitValue() + "); see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run pg_ctl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartException("interrupted while PostgreSQL started again", e);
        }
        postmaster = runningPostmaster(dataDirectory);
        requireAcceptingConnections();
    }

    /** {@code pg_ctl} beside the {@code postgres} binary that {@code postmaster.opts} names (as pg_ctl reads it). */
    private Path pgCtl() throws IOException {
        String options = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
        int firstOption = options.indexOf(" \"");
        Path postgresBinary = Path.of(firstOption < 0 ? options : options.substring(0, firstOption));
        return postgresBinary.resolveSibling("pg_ctl");
    }

    private void requireAcceptingConnections() {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            throw new SuiteStartException("PostgreSQL started again but refuses connections: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the role unable to log in and ends its sessions, so that the service owning it finds its database
     * unavailable until {@link #allowLogins(String)}.
     *
     * @return how many sessions of the role were ended
     */
    int refuseLogins(String role) {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + serviceRole(role) + " NOLOGIN");
            try (PreparedStatement terminate = connection.prepareStatement("SELECT count(*) FILTER "
                    + "(WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = ?")) {
                terminate.setString(1, role);
                try (ResultSet result = terminate.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not refuse the logins of " + role + ": " + e.getMessage(), e);
        }
    }

    void allowLogins(String role) {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + serviceRole(role) + " LOGIN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not allow the logins of " + role + ": " + e.getMessage(), e);
        }
    }

    /** Only the services' own roles, which are constants of this launcher, ever reach a statement. */
    private static String serviceRole(String role) {
        List<String> roles = ServiceModule.domainServices().stream().map(service -> service.role().orElseThrow())
                .toList();
        if (!roles.contains(role)) {
            throw new IllegalArgumentException(role + " is not a service's role: " + roles);
        }
        return role;
    }

    /** Creates what is missing, and hands data of an older layout to the owner roles; runs at every start. */
    void createServiceDatabases() {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            for (ServiceModule service : ServiceModule.domainServices()) {
                String role = service.role().orElseThrow();
                String owner = service.ownerRole().orElseThrow();
                String database = service.database().orElseThrow();
                // names and password are constants of this launcher, never user input
                for (String login : List.of(owner, role)) {
                    if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", login)) {
                        statement.execute("CREATE ROLE " + login + " LOGIN PASSWORD '"
                                + ServiceModule.LOCAL_DEMO_DB_PASSWORD + "'");
                    }
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + database + " OWNER " + owner);
                } else {
                    handOverToOwner(statement, database, role, owner);
                }
            }
        } catch (SQLException e) {
            throw new SuiteStartException("could not create the service databases: " + e.getMessage(), e);
        }
    }

    /**
     * Data kept in {@code .local/} from before issue 11, item 6 has the service's own role owning its database and
     * tables: they go to the owner role, so that the service's role keeps only the grants that Flyway's
     * {@code afterMigrate} callback gives it (which refuses to run while the service's role still owns a table).
     */
    private void handOverToOwner(Statement statement, String database, String role, String owner) throws SQLException {
        statement.execute("ALTER DATABASE " + database + " OWNER TO " + owner);
        try (Connection inDatabase = postgres.getDatabase("postgres", database).getConnection();
             Statement reassign = inDatabase.createStatement()) {
            reassign.execute("REASSIGN OWNED BY " + role + " TO " + owner);
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

    /**
     * Stops PostgreSQL unless it is already gone (stopped from outside, e.g. by {@code run stop}, or crashed), in
     * which case zonky's {@code pg_ctl stop} would only fail.
     */
    @Override
    public void close() {
        Optional<ProcessHandle> running = postmaster();
        if (running.isEmpty()) {
            return;
        }
        try {
            postgres.close();
            // zonky's pg_ctl waits 5 s only; the shutdown checkpoint of a durable server can take longer
            running.get().onExit().get(STARTUP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop within " + STARTUP_WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
