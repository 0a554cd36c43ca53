package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.youthjustice.cases.CaseSteps.assignLead;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.CaseSteps.move;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyTransitionAndAssignmentLeavesARowNamingActorClientAndCorrelation() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        String worker = freshWorker();
        String gatewaysId = java.util.UUID.randomUUID().toString();

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .header("X-Request-Id", gatewaysId).contentType(ContentType.JSON)
                .body(java.util.Map.of("to", "INTAKE", "reason", "Accepted"))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
        assignLead(office, reference, worker);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .when().delete("/cases/" + reference + "/assignment").then().statusCode(200);
        move(office, reference, "ACTIVE", null);

        given().auth().oauth2(auditor()).queryParam("case", reference).when().get("/audit-events")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.action", contains("STATUS_CHANGED", "UNASSIGNED", "ASSIGNED", "STATUS_CHANGED"))
                .body("items.detail", contains("INTAKE→ACTIVE", worker, worker, "REFERRED→INTAKE"))
                .body("items.caseReference", everyItem(equalTo(reference)))
                .body("items.actorUsername", everyItem(equalTo("jo.zhao")))
                .body("items.actorSubject", everyItem(notNullValue()))
                .body("items.clientId", everyItem(equalTo("cli")))
                .body("items[3].correlationId", equalTo(gatewaysId));
    }

    /**
     * A request id the caller chose is the caller's (echoed back), never the audit trail's correlation id (issue 11,
     * item 7): neither when the gateway passes it on beside its own id, nor when the service is called directly.
     */
    @Test
    void aRequestIdTheCallerChoseNeverBecomesTheAuditCorrelationId() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        String gatewaysId = java.util.UUID.randomUUID().toString();

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .header("X-Request-Id", "chosen-" + reference).contentType(ContentType.JSON)
                .body(java.util.Map.of("to", "INTAKE", "reason", "Accepted"))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(200).header("X-Request-Id", "chosen-" + reference);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .header("X-Request-Id", gatewaysId).header("X-Client-Request-Id", "passed-on-" + reference)
                .contentType(ContentType.JSON).body(java.util.Map.of("to", "ACTIVE", "reason", "Plan agreed"))
                .when().post("/cases/" + reference + "/transitions")
                .then().statusCode(200).header("X-Request-Id", "passed-on-" + reference);

        given().auth().oauth2(auditor()).queryParam("case", reference).when().get("/audit-events")
                .then().statusCode(200)
                .body("items.detail", contains("INTAKE→ACTIVE", "REFERRED→INTAKE"))
                .body("items[0].correlationId", equalTo(gatewaysId))
                .body("items[1].correlationId", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .body("items.correlationId", everyItem(not(containsString(reference))));
    }

    @Test
    void theFiltersNarrowTheTrailNewestFirst() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        Instant before = Instant.now().minusSeconds(1);
        move(office, reference, "INTAKE", null);
        move(office, reference, "ACTIVE", null);
        given().auth().oauth2(admin()).header("If-Match", etagOf(reference)).contentType(ContentType.JSON)
                .body(java.util.Map.of("to", "SUSPENDED", "reason", "Admin step"))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);

        given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("actor", "admin.ops")
                .when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].detail", equalTo("ACTIVE→SUSPENDED"));
        given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("action", "ASSIGNED")
                .when().get("/audit-events").then().statusCode(200).body("items", empty());
        given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("from", before.toString())
                .queryParam("to", Instant.now().plusSeconds(60).toString()).queryParam("size", 2)
                .when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2))
                .body("items.detail", contains("ACTIVE→SUSPENDED", "INTAKE→ACTIVE"));
        given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("to", before.toString())
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void invalidFiltersAreRefusedWithTheFieldNamed() {
        given().auth().oauth2(auditor()).queryParam("case", "not a reference").when().get("/audit-events")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("case"));
        Instant now = Instant.now();
        given().auth().oauth2(auditor()).queryParam("from", now.toString()).queryParam("to", now.toString())
                .when().get("/audit-events").then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(auditor()).queryParam("from", "yesterday").when().get("/audit-events")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(auditor()).queryParam("action", "DELETED").when().get("/audit-events")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        for (String token : new String[] {admin(), judicialOfficer(freshOffice()), courtOfficer(freshCourt()),
                socialWorker(), supervisor()}) {
            given().auth().oauth2(token).when().get("/audit-events").then().statusCode(403);
        }
        given().when().get("/audit-events").then().statusCode(401);
        String partner = TestTokens.client("partner-audit").roles(Roles.AUDITOR).token();
        given().auth().oauth2(partner).when().get("/audit-events").then().statusCode(200);
    }

    @Test
    void theRowsNeverCarryTheJuvenilesIdentity() {
        String office = freshOffice();
        var body = correction(office);
        String reference = referred(freshCourt(), body);
        move(office, reference, "INTAKE", null);

        given().auth().oauth2(auditor()).queryParam("case", reference).when().get("/audit-events")
                .then().statusCode(200).body("items", not(empty()))
                .body(not(containsString(org.youthjustice.cases.Fixtures.NAME)))
                .body(not(containsString(org.youthjustice.cases.Fixtures.identityNumberOf(body))))
                .body(not(containsString(org.youthjustice.cases.Fixtures.PHONE)));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRows() throws SQLException {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        move(office, reference, "INTAKE", null);

        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update audit_event set actor_username = 'someone' where case_reference = '" + reference + "'"));
            assertEquals("42501", update.getSQLState());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "delete from audit_event where case_reference = '" + reference + "'"));
            assertEquals("42501", delete.getSQLState());
            SQLException truncate = assertThrows(SQLException.class, () -> sql.executeUpdate("truncate audit_event"));
            assertEquals("42501", truncate.getSQLState());
        }
        given().auth().oauth2(auditor()).queryParam("case", reference).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].actorUsername", equalTo("jo.zhao"));
    }

    /**
     * The service's own role (issue 11, item 6) owns no table: it may add audit rows and read them, nothing else, so
     * it can neither switch the triggers off nor remove the table. Its refusals come from its privileges, before any
     * trigger runs.
     */
    @Test
    void theServicesRoleOnlyAddsAndReadsAuditRowsAndCannotTouchTheSchema() throws SQLException {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        move(office, reference, "INTAKE", null);

        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            assertPermissionDenied(sql, "update audit_event set actor_username = 'someone' where case_reference = '"
                    + reference + "'");
            assertPermissionDenied(sql, "delete from audit_event where case_reference = '" + reference + "'");
            assertPermissionDenied(sql, "truncate audit_event");
            assertPermissionDenied(sql, "alter table audit_event disable trigger audit_event_no_update_or_delete");
            assertPermissionDenied(sql, "alter table audit_event disable trigger all");
            assertPermissionDenied(sql, "drop table audit_event");
            assertPermissionDenied(sql, "drop table juvenile_case");
            assertPermissionDenied(sql, "drop function audit_event_refuse_change() cascade");
        }
        given().auth().oauth2(auditor()).queryParam("case", reference).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].action", notNullValue());
    }

    private static void assertPermissionDenied(Statement sql, String statement) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
        assertEquals("42501", refused.getSQLState(), statement);
        assertThat(statement, refused.getMessage(), anyOf(containsString("permission denied"),
                containsString("must be owner")));
    }
}
