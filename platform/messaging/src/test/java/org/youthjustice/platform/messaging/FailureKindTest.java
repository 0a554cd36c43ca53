package org.youthjustice.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransactionException;

/** Which failures a consumer waits out and which dead-letter the record. */
class FailureKindTest {

    @Test
    void anUnreachableOrBusyDatabaseIsTheInfrastructures() {
        for (var state : new String[] {"08001", "08006", "28000", "28P01", "3D000", "53300", "57P01", "57P03",
                "40001", "40P01", "55P03", "57014"}) {
            assertEquals(FailureKind.INFRASTRUCTURE, FailureKind.of(new SQLException("x", state)), state);
        }
        assertEquals(FailureKind.INFRASTRUCTURE, FailureKind.of(new SQLTransientConnectionException("pool")));
        // Agroal's exhausted pool, wrapped by the transaction as the inbox sees it
        assertEquals(FailureKind.INFRASTRUCTURE, FailureKind.of(new QuarkusTransactionException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
    }

    @Test
    void aRefusalOfTheDataOrTheHandlerIsTheRecords() {
        assertEquals(FailureKind.RECORD, FailureKind.of(new SQLException("duplicate key", "23505")));
        assertEquals(FailureKind.RECORD, FailureKind.of(new SQLException("bad value", "22P02")));
        assertEquals(FailureKind.RECORD, FailureKind.of(new IllegalStateException("rule")));
        assertEquals(FailureKind.RECORD, FailureKind.of(new MalformedEventException("not an event")));
    }

    @Test
    void theDescriptionNamesTheKindNeverTheMessage() {
        var failure = new IllegalStateException("wrapper", new SQLException("Key (name)=(secret) exists", "08006"));
        assertEquals("SQLException 08006", FailureKind.describe(failure));
        assertEquals("TimeoutException", FailureKind.describe(new TimeoutException("secret")));
    }
}
