package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unique index on a blind index must not leak it: the driver is told not to copy the server's detail (which
 * quotes the duplicate value) into exception messages and logs.
 */
@QuarkusTest
class ConstraintMessageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aConstraintViolationDoesNotQuoteTheDuplicateValue() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        String insert = "insert into idempotent_request (caller_subject, idempotency_key, operation, request_hash) "
                + "values ('constraint-test', '" + marker + "', 'POST /cases', 'h')";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(insert);
            SQLException duplicate = assertThrows(SQLException.class, () -> statement.executeUpdate(insert));
            assertTrue(duplicate.getMessage().contains("idempotent_request_pkey"), duplicate.getMessage());
            assertFalse(duplicate.getMessage().contains(marker), "the duplicate value is quoted");
        }
    }
}
