package org.youthjustice.worker.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;

/**
 * The service runs as a role that owns no table (issue 11, item 6): a worker's status history, its audit trail, only
 * takes new rows, and no table can be altered or dropped by the service, whatever a bug or an injection made it run.
 */
@QuarkusTest
class StatusHistoryPrivilegesTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theStatusHistoryOnlyTakesNewRowsAndTheSchemaStaysOutOfTheServicesReach() throws SQLException {
        String agency = agency();
        String workerId = registeredWorker(agency);
        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .body(Map.of("status", "ON_LEAVE", "reason", "Parental leave"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(201);

        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            assertRefused(sql, "update worker_status_change set reason = 'rewritten' where worker_id = '"
                    + workerId + "'");
            assertRefused(sql, "delete from worker_status_change where worker_id = '" + workerId + "'");
            assertRefused(sql, "truncate worker_status_change");
            assertRefused(sql, "alter table worker_status_change disable trigger all");
            assertRefused(sql, "drop table worker_status_change");
            assertRefused(sql, "drop table worker cascade");
        }
        given().auth().oauth2(supervisorOf(agency)).when().get("/workers/" + workerId + "/status-changes")
                .then().statusCode(200).body("reason", contains("Parental leave"));
    }

    private static void assertRefused(Statement sql, String statement) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
        assertEquals("42501", refused.getSQLState(), statement + ": " + refused.getMessage());
    }
}
