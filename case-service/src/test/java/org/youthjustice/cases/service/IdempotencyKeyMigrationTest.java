package org.youthjustice.cases.service;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.ScratchSchema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V31 moves the live keys of POST /cases into platform-idempotency's table without losing one: a database at V30
 * with keys in case_idempotency, migrated as the service does at its start.
 */
class IdempotencyKeyMigrationTest {

    @Test
    void theLiveKeysOfReferralsMoveToThePlatformTableWithTheirHash() throws SQLException {
        try (ScratchSchema schema = ScratchSchema.create()) {
            // Flyway applies repeatable migrations whatever the target: the data dictionary describes the schema of the
            // last version (columns added after V30 too), so it waits for the second step
            schema.flyway("db/migration", "db/platform").target("30").repeatableSqlMigrationPrefix("not-yet")
                    .load().migrate();
            schema.execute("insert into case_idempotency (caller_subject, idempotency_key, request_hash, "
                    + "case_reference, created_at) values ('court-subject', 'key-1', '" + "a".repeat(64)
                    + "', 'GZ-2026-000123', now()), ('court-subject', 'key-2', '" + "b".repeat(64) + "', null, now())");

            schema.flyway("db/migration", "db/platform").load().migrate();

            try (Connection connection = schema.connection(); Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("select idempotency_key, operation, request_hash, "
                        + "resource_id from idempotent_request where caller_subject = 'court-subject'")) {
                    assertTrue(rows.next());
                    assertEquals("key-1", rows.getString(1));
                    assertEquals("POST /cases", rows.getString(2), "a retry with the same body matches");
                    assertEquals("a".repeat(64), rows.getString(3));
                    assertEquals("GZ-2026-000123", rows.getString(4));
                    assertFalse(rows.next(), "a key whose referral never committed holds nothing");
                }
                try (ResultSet rows = statement.executeQuery("select to_regclass('case_idempotency')")) {
                    rows.next();
                    assertNull(rows.getString(1), "the former table is gone");
                }
            }
        }
    }
}
