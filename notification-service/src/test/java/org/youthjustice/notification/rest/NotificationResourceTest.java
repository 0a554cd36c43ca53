package org.youthjustice.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class NotificationResourceTest {

    private static String officer() {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).token();
    }

    private static UUID alertFor(String role) {
        Notification notification = Notification.forRole("test-rule", UUID.randomUUID(), role, Severity.WARNING,
                "Test alert", "Something to look at", "REF-" + UUID.randomUUID(), Instant.now());
        QuarkusTransaction.requiringNew().run(notification::persist);
        return notification.id;
    }

    @Test
    void theInboxShowsAlertsForTheCallersRoleOnly() {
        UUID mine = alertFor(Roles.PROCUREMENT_OFFICER);
        UUID notMine = alertFor(Roles.ADMIN);

        given().auth().oauth2(officer()).queryParam("size", 100).queryParam("acknowledged", false)
                .when().get("/notifications")
                .then().statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.id", not(hasItem(notMine.toString())));
    }

    @Test
    void acknowledgingIsIdempotentAndLimitedToTheInbox() {
        UUID mine = alertFor(Roles.PROCUREMENT_OFFICER);
        UUID notMine = alertFor(Roles.ADMIN);

        String first = given().auth().oauth2(officer()).when().post("/notifications/" + mine + "/acknowledgement")
                .then().statusCode(200).body("acknowledgedAt", notNullValue())
                .extract().path("acknowledgedAt");
        given().auth().oauth2(officer()).when().post("/notifications/" + mine + "/acknowledgement")
                .then().statusCode(200).body("acknowledgedAt", equalTo(first));

        given().auth().oauth2(officer()).when().post("/notifications/" + notMine + "/acknowledgement")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("admin.ops").roles(Roles.ADMIN).token()).queryParam("acknowledged", false)
                .queryParam("size", 100)
                .when().get("/notifications")
                .then().statusCode(200).body("items.id", hasItem(notMine.toString()));
    }

    @Test
    void aScopedAlertIsSeenAndAcknowledgedWithinItsScopeOnly() {
        Notification notification = Notification.forRecipient("test-rule", UUID.randomUUID(),
                Recipient.supervisorOf("52440100MJL123454L"), Severity.URGENT, "Test alert", "For agency A only",
                "REF-" + UUID.randomUUID(), Instant.now());
        QuarkusTransaction.requiringNew().run(notification::persist);
        String agencyB = TestTokens.user("sup.other").roles(Roles.AGENCY_SUPERVISOR)
                .claim(Caller.AGENCY_ID, "52440100MJL6789007").token();
        String noAgency = TestTokens.user("sup.none").roles(Roles.AGENCY_SUPERVISOR).token();
        String agencyA = TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR)
                .claim(Caller.AGENCY_ID, "52440100MJL123454L").token();

        for (String stranger : new String[] {agencyB, noAgency}) {
            given().auth().oauth2(stranger).queryParam("size", 100).when().get("/notifications")
                    .then().statusCode(200).body("items.id", not(hasItem(notification.id.toString())));
            given().auth().oauth2(stranger).when().post("/notifications/" + notification.id + "/acknowledgement")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(agencyA).queryParam("size", 100).when().get("/notifications")
                .then().statusCode(200).body("items.id", hasItem(notification.id.toString()));
        given().auth().oauth2(agencyA).when().post("/notifications/" + notification.id + "/acknowledgement")
                .then().statusCode(200).body("acknowledgedAt", notNullValue());
    }

    @Test
    void auditorsAndMachineClientsHaveNoInbox() {
        given().auth().oauth2(TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token())
                .when().get("/notifications").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.client("partner-court-gz").roles(Roles.PARTNER_SYSTEM).token())
                .when().get("/notifications").then().statusCode(403);
        given().auth().oauth2(TestTokens.client("partner-court-gz").roles(Roles.PARTNER_SYSTEM, Roles.COURT_OFFICER).token())
                .when().get("/notifications").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).forged().token())
                .when().get("/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).expired().token())
                .when().get("/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).audience("gateway").token())
                .when().get("/notifications").then().statusCode(401);
    }

    @Test
    void aBadPageOrIdIsAClientError() {
        given().auth().oauth2(officer()).queryParam("page", -1)
                .when().get("/notifications")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
        given().auth().oauth2(officer()).when().post("/notifications/not-a-uuid/acknowledgement")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
