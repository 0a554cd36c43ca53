package org.youthjustice.notification.webhook;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.youthjustice.notification.WebhookReceiverResource;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.service.Deliveries;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The partner's receiver, tokens, fresh scopes and alerts the webhook tests share. */
final class WebhookFixtures {

    private WebhookFixtures() {
    }

    static int receiverPort() {
        return ConfigProvider.getConfig().getValue(WebhookReceiverResource.PORT, Integer.class);
    }

    static WireMock receiver() {
        return new WireMock("127.0.0.1", receiverPort());
    }

    /** A fresh path on the receiver, so that each test reads only what was posted to its own webhooks. */
    static String freshPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    static String urlOf(String path) {
        return "http://127.0.0.1:" + receiverPort() + path;
    }

    static String freshOffice() {
        return "JO-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String admin() {
        return TestTokens.user("admin.ops").roles(Roles.ADMIN).token();
    }

    /** A partner system that is a judicial officer of {@code office}. */
    static String partnerOf(String office) {
        return TestTokens.client("partner-office-" + office.toLowerCase()).roles(Roles.PARTNER_SYSTEM,
                Roles.JUDICIAL_OFFICER).claim(Caller.OFFICE_CODE, office).token();
    }

    static ValidatableResponse register(String token, String url, String role, String scope, List<String> rules) {
        Map<String, Object> body = scope == null
                ? Map.of("url", url, "recipientRole", role, "rules", rules, "description", "test")
                : Map.of("url", url, "recipientRole", role, "recipientScope", scope, "rules", rules,
                        "description", "test");
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/webhooks").then();
    }

    /** Registers a webhook of the judicial officers of {@code office} by an admin; its id and secret. */
    static Registered officeWebhook(String office, String path) {
        var created = register(admin(), urlOf(path), Roles.JUDICIAL_OFFICER, office, List.of())
                .statusCode(201).extract().jsonPath();
        return new Registered(created.getString("id"), created.getString("secret"));
    }

    record Registered(String id, String secret) {
    }

    /** A missed-visit alert for the judicial officers of {@code office}, stored as a rule stores it. */
    static Notification alertFor(Deliveries deliveries, String office) {
        String reference = "GZ-T-" + UUID.randomUUID().toString().substring(0, 8);
        Notification notification = Notification.forRecipient("visit-missed", UUID.randomUUID(),
                Recipient.officerOf(office), Severity.WARNING, "Visit missed in case " + reference,
                "Visit 1 of case " + reference + " (lead worker W1) was due on 2026-12-04 and was missed. /api/cases/"
                        + reference, reference, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> deliveries.store(notification));
        return notification;
    }
}
