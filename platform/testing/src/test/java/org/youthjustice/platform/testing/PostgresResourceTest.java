package org.youthjustice.platform.testing;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresResourceTest {

    @Test
    void startsOneRealPostgresPerJvm() throws Exception {
        Map<String, String> first = new PostgresResource().start();
        Map<String, String> second = new PostgresResource().start();

        assertEquals(first, second, "a second start reuses the running server");
        try (Connection connection = DriverManager.getConnection(first.get("quarkus.datasource.jdbc.url"),
                first.get("quarkus.datasource.username"), first.get("quarkus.datasource.password"));
             ResultSet rs = connection.createStatement().executeQuery("select current_setting('server_version_num')::int")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 170000, "PostgreSQL 17 binaries");
        }
    }

    @Test
    void commitsAreOnDiskBeforeTheyAreAcknowledged() throws Exception {
        Map<String, String> settings = new PostgresResource().start();
        try (Connection connection = DriverManager.getConnection(settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.datasource.username"), settings.get("quarkus.datasource.password"));
             ResultSet rs = connection.createStatement().executeQuery(
                     "select current_setting('fsync'), current_setting('synchronous_commit')")) {
            assertTrue(rs.next());
            assertEquals("on", rs.getString(1), "fsync");
            assertEquals("on", rs.getString(2), "synchronous_commit");
        }
    }

    @Test
    void theApplicationRunsAsARoleThatCannotCreateTablesWhileFlywayMigratesAsTheOwner() throws Exception {
        Map<String, String> settings = new PostgresResource().start();
        assertEquals(PostgresResource.APPLICATION_ROLE, settings.get("quarkus.datasource.username"));
        assertEquals(PostgresResource.OWNER_ROLE, settings.get("quarkus.flyway.username"));
        try (Connection application = DriverManager.getConnection(settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.datasource.username"), settings.get("quarkus.datasource.password"))) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> application.createStatement().execute("create table application_made (id int)"));
            assertEquals("42501", refused.getSQLState(), "insufficient privilege");
        }
        try (Connection owner = DriverManager.getConnection(settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.flyway.username"), settings.get("quarkus.flyway.password"))) {
            owner.createStatement().execute("create table owner_made (id int)");
            owner.createStatement().execute("drop table owner_made");
        }
    }
}
