package org.youthjustice.worker.service;

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
 * V31 moves the live keys of the creating POSTs into platform-idempotency's table without losing one: a database at
 * V30 with keys in idempotency_key, migrated as the service does at its start.
 */
class IdempotencyKeyMigrationTest {

    @Test
    void theLiveKeysMoveToThePlatformTableWithoutAnOperation() throws SQLException {
        String fingerprint = "b2:" + "c".repeat(64);
        try (ScratchSchema schema = ScratchSchema.create()) {
            schema.flyway("db/migration", "db/platform").target("30").load().migrate();
            schema.execute("insert into idempotency_key (caller_subject, idempotency_key, request_hash, resource_id, "
                    + "created_at) values ('admin-subject', 'key-1', '" + fingerprint + "', 'W0001', now()), "
                    + "('admin-subject', 'key-2', '" + fingerprint + "', null, now())");

            schema.flyway("db/migration", "db/platform").load().migrate();

            try (Connection connection = schema.connection(); Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("select idempotency_key, operation, request_hash, "
                        + "resource_id from idempotent_request where caller_subject = 'admin-subject'")) {
                    assertTrue(rows.next());
                    assertEquals("key-1", rows.getString(1));
                    assertNull(rows.getString(2), "no retry matches the key: it answers 409 (ADR 0009)");
                    assertEquals(fingerprint, rows.getString(3));
                    assertEquals("W0001", rows.getString(4));
                    assertFalse(rows.next(), "a key whose creation never committed holds nothing");
                }
                try (ResultSet rows = statement.executeQuery("select to_regclass('idempotency_key')")) {
                    rows.next();
                    assertNull(rows.getString(1), "the former table is gone");
                }
            }
        }
    }
}
