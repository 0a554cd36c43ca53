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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/** The inbox's filters and unread count, each within the caller's inbox only. */
@QuarkusTest
class InboxFiltersTest {

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String workerToken(String workerId) {
        return TestTokens.user("sw.filter").roles(Roles.SOCIAL_WORKER).claim(Caller.WORKER_ID, workerId).token();
    }

    private static Notification alert(String workerId, String rule, Severity severity, String subjectRef,
            Instant createdAt) {
        Notification notification = Notification.forRecipient(rule, UUID.randomUUID(), Recipient.worker(workerId),
                severity, "Test alert", "About " + subjectRef, subjectRef, createdAt);
        QuarkusTransaction.requiringNew().run(notification::persist);
        return notification;
    }

    private static void acknowledge(Notification notification) {
        QuarkusTransaction.requiringNew().run(() -> Notification.<Notification>findById(notification.id)
                .acknowledge("sw.filter", Instant.now()));
    }

    private static List<String> ids(String token, String parameter, Object value) {
        return given().auth().oauth2(token).queryParam("size", 100).queryParam(parameter, value)
                .when().get("/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void eachFilterNarrowsTheInboxToWhatItNames() {
        String worker = "W" + fresh();
        String caseA = "GZ-F-" + fresh();
        String caseB = "GZ-F-" + fresh();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Notification old = alert(worker, "visit-missed", Severity.WARNING, caseA, now.minus(3, ChronoUnit.DAYS));
        Notification urgent = alert(worker, "risk-high", Severity.URGENT, caseA, now.minus(1, ChronoUnit.HOURS));
        Notification assigned = alert(worker, "case-assigned", Severity.INFO, caseB, now);
        acknowledge(assigned);
        alert("W" + fresh(), "risk-high", Severity.URGENT, caseA, now);
        String token = workerToken(worker);

        assertIds(ids(token, "subjectRef", caseA), old, urgent);
        assertIds(ids(token, "severity", "URGENT"), urgent);
        assertIds(ids(token, "rule", "case-assigned"), assigned);
        assertIds(ids(token, "acknowledged", true), assigned);
        assertIds(ids(token, "since", now.minus(2, ChronoUnit.HOURS).toString()), assigned, urgent);
        given().auth().oauth2(token).queryParam("subjectRef", caseA).queryParam("severity", "WARNING")
                .queryParam("since", now.minus(4, ChronoUnit.DAYS).toString())
                .when().get("/notifications")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(old.id.toString()))
                .body("items[0].seq", equalTo(old.seq.intValue()));
    }

    private static void assertIds(List<String> found, Notification... expected) {
        org.hamcrest.MatcherAssert.assertThat(found, containsInAnyOrder(
                java.util.Arrays.stream(expected).map(n -> n.id.toString()).toArray(String[]::new)));
    }

    @Test
    void theUnreadCountCountsTheCallersOpenAlertsAndTheUrgentOnes() {
        String worker = "W" + fresh();
        Instant now = Instant.now();
        alert(worker, "visit-missed", Severity.WARNING, "GZ-U-" + fresh(), now);
        alert(worker, "risk-high", Severity.URGENT, "GZ-U-" + fresh(), now);
        alert(worker, "case-assigned", Severity.INFO, "GZ-U-" + fresh(), now);
        acknowledge(alert(worker, "reassignment-needed", Severity.URGENT, "GZ-U-" + fresh(), now));
        alert("W" + fresh(), "risk-high", Severity.URGENT, "GZ-U-" + fresh(), now);

        given().auth().oauth2(workerToken(worker)).when().get("/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(3)).body("urgent", equalTo(1));
        given().auth().oauth2(workerToken("W" + fresh())).when().get("/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(0)).body("urgent", equalTo(0));
    }

    @Test
    void theUnreadCountIsForInboxRolesOnly() {
        given().auth().oauth2(TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token())
                .when().get("/notifications/unread-count").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.client("partner-court-gz").roles(Roles.PARTNER_SYSTEM, Roles.COURT_OFFICER)
                        .token())
                .when().get("/notifications/unread-count").then().statusCode(403);
        given().when().get("/notifications/unread-count").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("admin.ops").roles(Roles.ADMIN).token())
                .when().get("/notifications/unread-count").then().statusCode(200).body("unread", greaterThan(-1));
    }

    @Test
    void aBadFilterIsRefusedNamingIt() {
        String token = workerToken("W" + fresh());
        given().auth().oauth2(token).queryParam("severity", "LOUD").when().get("/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("severity"));
        given().auth().oauth2(token).queryParam("since", "yesterday").when().get("/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
        given().auth().oauth2(token).queryParam("rule", "r".repeat(65)).when().get("/notifications")
                .then().statusCode(400).body("errors[0].field", equalTo("rule"));
        given().auth().oauth2(token).queryParam("subjectRef", "s".repeat(101)).when().get("/notifications")
                .then().statusCode(400).body("errors[0].field", equalTo("subjectRef"));
    }
}
