package org.youthjustice.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.service.AlertRule;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The inbox shows each alert in its reader's language: their chosen locale once they have preferences, else what
 * their Accept-Language asks for (zh or en), else the stored English texts.
 */
@QuarkusTest
class InboxLanguageTest {

    @Test
    void theInboxSpeaksTheChosenLocaleElseTheRequestedOneElseEnglish() {
        String worker = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String reference = "GZ-L-" + worker;
        Map<String, String> values = Map.of("reference", reference, "visitId", "7", "workerId", worker,
                "dueOn", "2026-12-01");
        Notification missed = Notification.forRecipient(AlertRule.VISIT_MISSED.key(), UUID.randomUUID(),
                Recipient.worker(worker), Severity.WARNING, AlertRule.VISIT_MISSED.title(values),
                AlertRule.VISIT_MISSED.body(values), reference, Instant.now());
        missed.templateValues = values;
        QuarkusTransaction.requiringNew().run(missed::persist);
        String token = TestTokens.user("sw.lang-" + worker.toLowerCase()).roles(Roles.SOCIAL_WORKER)
                .claim(Caller.WORKER_ID, worker).token();

        given().auth().oauth2(token).when().get("/notifications")
                .then().statusCode(200).body("items[0].title", equalTo("Visit missed in case " + reference));
        given().auth().oauth2(token).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").when().get("/notifications")
                .then().statusCode(200).body("items[0].title", equalTo("案件 " + reference + " 漏访"))
                .body("items[0].body", startsWith("案件 " + reference + " 的走访 7"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"locale\": \"en\"}")
                .when().put("/notification-preferences/me").then().statusCode(200);
        given().auth().oauth2(token).header("Accept-Language", "zh-CN").when().get("/notifications")
                .then().statusCode(200).body("items[0].title", equalTo("Visit missed in case " + reference));
    }
}
