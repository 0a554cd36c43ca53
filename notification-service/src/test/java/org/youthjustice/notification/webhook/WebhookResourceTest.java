package org.youthjustice.notification.webhook;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.youthjustice.notification.webhook.WebhookFixtures.admin;
import static org.youthjustice.notification.webhook.WebhookFixtures.freshOffice;
import static org.youthjustice.notification.webhook.WebhookFixtures.freshPath;
import static org.youthjustice.notification.webhook.WebhookFixtures.partnerOf;
import static org.youthjustice.notification.webhook.WebhookFixtures.receiverPort;
import static org.youthjustice.notification.webhook.WebhookFixtures.register;
import static org.youthjustice.notification.webhook.WebhookFixtures.urlOf;

@QuarkusTest
class WebhookResourceTest {

    @Test
    void aPartnerRegistersForItsOwnRoleAndScopeOnlyAndSeesItsOwnWebhooksOnly() {
        String office = freshOffice();
        String url = urlOf(freshPath());

        var created = register(partnerOf(office), url, Roles.JUDICIAL_OFFICER, office, List.of("visit-missed"))
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("url", equalTo(url)).body("recipientRole", equalTo(Roles.JUDICIAL_OFFICER))
                .body("recipientScope", equalTo(office)).body("rules", equalTo(List.of("visit-missed")))
                .body("status", equalTo("ACTIVE")).body("secret", notNullValue()).body("createdAt", notNullValue())
                .extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");

        given().auth().oauth2(partnerOf(office)).when().get("/webhooks/" + id)
                .then().statusCode(200).body("secret", nullValue())
                .body("secretHint", equalTo(secret.substring(secret.length() - 4)));
        given().auth().oauth2(partnerOf(office)).queryParam("size", 100).when().get("/webhooks")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.secret", not(hasItem(secret)));
        given().auth().oauth2(admin()).queryParam("size", 100).when().get("/webhooks")
                .then().statusCode(200).body("items.id", hasItem(id));

        String stranger = partnerOf(freshOffice());
        given().auth().oauth2(stranger).queryParam("size", 100).when().get("/webhooks")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(stranger).when().get("/webhooks/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).when().get("/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(stranger).when().delete("/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(partnerOf(office)).when().get("/webhooks/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        given().auth().oauth2(partnerOf(office)).when().delete("/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(partnerOf(office)).when().delete("/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(partnerOf(office)).when().get("/webhooks/" + id)
                .then().statusCode(200).body("status", equalTo("INACTIVE"));
    }

    @Test
    void aPartnerMayNotRegisterForAnotherScopeNorARoleItLacks() {
        String office = freshOffice();
        String other = freshOffice();
        String url = urlOf(freshPath());

        register(partnerOf(office), url, Roles.JUDICIAL_OFFICER, other, List.of())
                .statusCode(403).contentType("application/problem+json");
        register(partnerOf(office), url, Roles.SOCIAL_WORKER, "W-" + office, List.of()).statusCode(403);
        register(partnerOf(office), url, Roles.JUDICIAL_OFFICER, null, List.of()).statusCode(403);
        String noStaffRole = TestTokens.client("partner-bare").roles(Roles.PARTNER_SYSTEM)
                .claim(Caller.OFFICE_CODE, office).token();
        register(noStaffRole, url, Roles.JUDICIAL_OFFICER, office, List.of()).statusCode(403);
        String officer = TestTokens.user("jo.zhao").roles(Roles.JUDICIAL_OFFICER).claim(Caller.OFFICE_CODE, office)
                .token();
        register(officer, url, Roles.JUDICIAL_OFFICER, office, List.of())
                .statusCode(403).contentType("application/problem+json");
        register(TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token(), url, Roles.JUDICIAL_OFFICER, office,
                List.of()).statusCode(403);
        given().contentType("application/json").body(Map.of("url", url, "recipientRole", Roles.JUDICIAL_OFFICER))
                .when().post("/webhooks").then().statusCode(401);
        given().when().get("/webhooks").then().statusCode(401);

        given().auth().oauth2(admin()).queryParam("size", 100).when().get("/webhooks")
                .then().statusCode(200).body("items.url", not(hasItem(url)));
    }

    @Test
    void aUrlToAnInternalAddressOrWithoutHttpsIsRefused() {
        String office = freshOffice();
        int port = receiverPort();
        List<String> refused = List.of(
                "http://hooks.partner.example/yjs",
                "https://127.0.0.1/yjs",
                "https://10.0.0.1/yjs",
                "https://192.168.1.10/yjs",
                "https://172.16.5.4/yjs",
                "https://169.254.169.254/latest/meta-data/",
                "https://[::1]/yjs",
                "https://[fd00::1]/yjs",
                "https://224.0.0.1/yjs",
                "https://0.0.0.0/yjs",
                "https://localhost:" + port + "/yjs",
                "http://localhost:" + port + "/yjs",
                "http://127.0.0.1:" + (port == 65535 ? port - 1 : port + 1) + "/yjs",
                "https://user:pw@127.0.0.1/yjs",
                "ftp://files.partner.example/yjs",
                "/relative/yjs",
                "not a url");

        for (String url : refused) {
            register(admin(), url, Roles.JUDICIAL_OFFICER, office, List.of())
                    .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(admin()).queryParam("size", 100).when().get("/webhooks")
                .then().statusCode(200).body("items.recipientScope", not(hasItem(office)));
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        String office = freshOffice();
        String url = urlOf(freshPath());

        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("recipientRole", Roles.JUDICIAL_OFFICER, "recipientScope", office))
                .when().post("/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        register(admin(), url, Roles.AUDITOR, office, List.of()).statusCode(400)
                .body("errors.field", hasItem("recipientRole"));
        register(admin(), url, Roles.JUDICIAL_OFFICER, office, List.of("visit-missed", "no-such-rule"))
                .statusCode(400).body("errors.field", hasItem("rules[1]"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("url", url, "recipientRole", Roles.JUDICIAL_OFFICER, "recipientScope", office,
                        "secret", "mine"))
                .when().post("/webhooks").then().statusCode(400).body("errors.field", hasItem("secret"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("url", url, "recipientRole", Roles.JUDICIAL_OFFICER, "recipientScope", office,
                        "rules", "visit-missed"))
                .when().post("/webhooks").then().statusCode(400).body("errors.field", hasItem("rules"));
        given().auth().oauth2(admin()).queryParam("status", "LOST")
                .when().get("/webhooks/" + UUID.randomUUID() + "/deliveries").then().statusCode(400);
        given().auth().oauth2(admin()).when().get("/webhooks/not-a-uuid").then().statusCode(400);
        given().auth().oauth2(admin()).when().get("/webhooks/" + UUID.randomUUID()).then().statusCode(404);

        given().auth().oauth2(admin()).queryParam("size", 100).when().get("/webhooks")
                .then().statusCode(200).body("items.recipientScope", not(hasItem(office)));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstRegistration() {
        String office = freshOffice();
        Map<String, Object> body = Map.of("url", urlOf(freshPath()), "recipientRole", Roles.JUDICIAL_OFFICER,
                "recipientScope", office);
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(admin()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/webhooks").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/webhooks").then().statusCode(201).body("id", equalTo(first));
        given().auth().oauth2(admin()).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("url", urlOf(freshPath()), "recipientRole", Roles.JUDICIAL_OFFICER,
                        "recipientScope", office))
                .when().post("/webhooks").then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(admin()).queryParam("size", 100).when().get("/webhooks")
                .then().statusCode(200)
                .body("items.findAll { it.recipientScope == '" + office + "' }.size()", equalTo(1));
    }
}
