package org.youthjustice.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The application's datasource runs as a role that only reads and writes rows (issue 11, item 6): the grants of
 * {@code db/platform/afterMigrate__grant_application_role.sql}, applied to the platform's tables and to the test
 * migrations alike.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ApplicationRoleGrantsTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void theApplicationReadsAndWritesRowsOfItsTables() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into test_effect (event_id, note) values (gen_random_uuid(), 'grants')");
            assertEquals(1, sql.executeUpdate("update test_effect set note = 'grants, again' where note = 'grants'"));
            assertEquals(1, sql.executeUpdate("delete from test_effect where note = 'grants, again'"));
            sql.executeUpdate("insert into test_trail (what) values ('read and written')");
            try (ResultSet rows = sql.executeQuery("select count(*) from test_trail where what = 'read and written'")) {
                assertTrue(rows.next());
                assertTrue(rows.getLong(1) >= 1);
            }
        }
    }

    @Test
    void anAppendOnlyTableOnlyTakesNewRows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into test_trail (what) values ('kept')");
            assertRefused(sql, "update test_trail set what = 'changed' where what = 'kept'");
            assertRefused(sql, "delete from test_trail where what = 'kept'");
            assertRefused(sql, "truncate test_trail");
        }
    }

    @Test
    void theApplicationCannotChangeTheSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertRefused(sql, "alter table test_trail disable trigger all");
            assertRefused(sql, "drop table outbox_event");
            assertRefused(sql, "truncate processed_event");
            assertRefused(sql, "create table smuggled (id int)");
            assertRefused(sql, "delete from flyway_schema_history");
        }
    }

    private static void assertRefused(Statement sql, String statement) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), statement + ": " + refused.getMessage());
    }
}
