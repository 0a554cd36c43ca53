package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's real PostgreSQL: durable commits, a crash and a start again, a service's role refused. */
class LocalPostgresTest {

    @TempDir
    static Path root;

    private static SuiteSettings settings;
    private static LocalPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        settings = SuiteSettings.withFreePorts(root, root.resolve(".local"));
        Files.createDirectories(settings.logDir());
        postgres = LocalPostgres.start(settings);
    }

    @AfterAll
    static void stop() {
        ProcessHandle postmaster = postgres.postmaster().orElseThrow();
        postgres.close();
        assertFalse(postmaster.isAlive(), "close() returns once the server has stopped");
    }

    @Test
    void aCommitIsOnDiskBeforeItIsAcknowledged() throws SQLException {
        assertEquals("on", show("fsync"));
        assertEquals("on", show("synchronous_commit"));
    }

    @Test
    void aKilledServerStartsAgainDurableWithEveryCommittedRow() throws Exception {
        try (Connection connection = postgres.superuser(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE acknowledged (id int PRIMARY KEY)");
            statement.execute("INSERT INTO acknowledged SELECT generate_series(1, 100)");
        }
        Part part = new Part("postgres", postgres::postmaster, postgres::restartAfterCrash);
        // an open session: its backend must end with the postmaster, or the new server finds its memory in use
        try (Connection open = postgres.superuser()) {
            List<ProcessHandle> processes = part.pids().stream().map(ProcessHandle::of)
                    .map(Optional::orElseThrow).toList();
            assertTrue(processes.size() > 2, "the postmaster and its backends: " + processes);

            part.kill();

            processes.forEach(process -> assertFalse(process.isAlive(), "process " + process.pid() + " survived"));
            assertFalse(part.isRunning());
            assertThrows(SQLException.class, () -> open.createStatement().execute("SELECT 1"));
        }

        part.restart();

        assertTrue(part.isRunning());
        assertEquals("on", show("fsync"));
        assertEquals("on", show("synchronous_commit"));
        try (Connection connection = postgres.superuser(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM acknowledged")) {
            rows.next();
            assertEquals(100, rows.getInt(1));
        }
        assertThrows(IllegalStateException.class, part::restart, "a running server is not started twice");
    }

    @Test
    void aRefusedServiceCannotLogInAndItsSessionsEndUntilAllowedAgain() throws SQLException {
        try (Connection session = asWorkerService()) {
            assertEquals(1, postgres.refuseLogins("worker_service"));

            assertThrows(SQLException.class, () -> session.createStatement().execute("SELECT 1"));
        }
        SQLException refused = assertThrows(SQLException.class, LocalPostgresTest::asWorkerService);
        assertEquals("28000", refused.getSQLState(), refused.getMessage());

        postgres.allowLogins("worker_service");

        try (Connection again = asWorkerService()) {
            assertTrue(again.isValid(5));
        }
    }

    @Test
    void aServiceRunsAsARoleThatOwnsNothingWhileItsOwnerRoleMigrates() throws SQLException {
        assertEquals("worker_service_owner", databaseOwner("workers"));
        try (Connection service = asWorkerService()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> service.createStatement().execute("CREATE TABLE smuggled (id int)"));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        try (Connection owner = DriverManager.getConnection(settings.jdbcUrl("workers"), "worker_service_owner",
                ServiceModule.LOCAL_DEMO_DB_PASSWORD); Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE migrated (id int)");
            statement.execute("DROP TABLE migrated");
        }
    }

    @Test
    void dataOfTheOlderLayoutWhereTheServiceOwnedItsTablesGoesToTheOwnerRole() throws SQLException {
        try (Connection connection = postgres.superuser(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE procurement OWNER TO procurement_service");
        }
        try (Connection service = DriverManager.getConnection(settings.jdbcUrl("procurement"), "procurement_service",
                ServiceModule.LOCAL_DEMO_DB_PASSWORD); Statement statement = service.createStatement()) {
            statement.execute("CREATE TABLE cost_estimate_of_old (id int)");
        }

        postgres.createServiceDatabases();

        assertEquals("procurement_service_owner", databaseOwner("procurement"));
        try (Connection owner = DriverManager.getConnection(settings.jdbcUrl("procurement"),
                "procurement_service_owner", ServiceModule.LOCAL_DEMO_DB_PASSWORD);
             Statement statement = owner.createStatement();
             ResultSet table = statement.executeQuery(
                     "SELECT tableowner FROM pg_tables WHERE tablename = 'cost_estimate_of_old'")) {
            assertTrue(table.next());
            assertEquals("procurement_service_owner", table.getString(1));
        }
    }

    @Test
    void onlyAServiceRoleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> postgres.refuseLogins("postgres"));
    }

    private static Connection asWorkerService() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl("workers"), "worker_service",
                ServiceModule.LOCAL_DEMO_DB_PASSWORD);
    }

    private static String databaseOwner(String database) throws SQLException {
        try (Connection connection = postgres.superuser(); Statement statement = connection.createStatement();
             ResultSet owner = statement.executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database "
                     + "WHERE datname = '" + database + "'")) {
            owner.next();
            return owner.getString(1);
        }
    }

    private static String show(String setting) throws SQLException {
        try (Connection connection = postgres.superuser(); Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("SHOW " + setting)) {
            value.next();
            return value.getString(1);
        }
    }
}
