package org.youthjustice.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The alerts' demo subscriptions (issue 14, item 11), before the other demo data, whose alerts they then receive:
 * {@code sw.li}, {@code sup.wang} and
 * {@code jo.zhao} choose their language, e-mail and rules ({@code PUT /api/notification-preferences/me}, set again at
 * every start), and {@code admin.ops} registers the Sunshine agency's case system, the launcher's
 * {@link DemoWebhookReceiver}, for the agency's supervisor alerts ({@code POST /api/webhooks}), once: the receiver
 * keeps the secret shown at the registration. A registration whose secret is lost, or that names another receiver
 * port, is deactivated and the receiver registered again.
 *
 * <p>A build whose notification-service (or gateway) has neither yet answers 404 or 405: that step is skipped with
 * one line saying so, and the suite runs without it.
 */
final class DemoNotifications {

    static final String WEBHOOK_DESCRIPTION = "Sunshine agency case system (demo)";
    static final String WEBHOOK_ROLE = "agency-supervisor";
    static final String WEBHOOK_RULES = "[\"visit-missed\", \"risk-high\", \"reassignment-needed\"]";
    private static final String PREFERENCES = "/api/notification-preferences/me";
    private static final String WEBHOOKS = "/api/webhooks";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A demo user's preferences: the body of the PUT, the e-mail filled in from the user's token. */
    private record Preference(String username, String locale, String quietHours, List<String> emailRules) {
    }

    private static final List<Preference> PREFERENCES_OF_DEMO_USERS = List.of(
            new Preference("sw.li", "en", null, List.of("visit-missed", "case-assigned")),
            new Preference("sup.wang", "zh", null, List.of("visit-missed", "risk-high", "capacity-exceeded")),
            new Preference("jo.zhao", "zh", "{\"start\": \"22:00\", \"end\": \"07:00\", \"zone\": \"Asia/Shanghai\"}",
                    List.of("visit-missed-twice")));

    private final DemoData client;
    private final String receiverUrl;
    private final DemoWebhookReceiver receiver;

    DemoNotifications(DemoData client, String receiverUrl, DemoWebhookReceiver receiver) {
        this.client = client;
        this.receiverUrl = receiverUrl;
        this.receiver = receiver;
    }

    /** Sets the preferences and registers the webhook; answers what it did, in one line. */
    String load() {
        return preferences() + "; " + webhook();
    }

    private String preferences() {
        for (Preference preference : PREFERENCES_OF_DEMO_USERS) {
            HttpResponse<String> answer = client.call(preference.username(), "PUT", PREFERENCES, body(preference),
                    Map.of());
            if (notThere(answer)) {
                return skipped("PUT " + PREFERENCES, answer);
            }
            expect(answer, 200, "PUT " + PREFERENCES + " as " + preference.username());
        }
        return "preferences of " + String.join(", ", PREFERENCES_OF_DEMO_USERS.stream().map(Preference::username)
                .toList()) + " set";
    }

    private String body(Preference preference) {
        ObjectNode rules = JSON.createObjectNode();
        preference.emailRules().forEach(rule -> rules.putObject(rule).put("email", true));
        return """
                {"locale": "%s", "email": %s, "quietHours": %s, "rules": %s}""".formatted(preference.locale(),
                emailOf(preference.username()).map(email -> "\"" + email + "\"").orElse("null"),
                preference.quietHours() == null ? "null" : preference.quietHours(), rules);
    }

    /** The {@code email} claim of the user's access token, as the realm file gives it. */
    private Optional<String> emailOf(String username) {
        String[] parts = client.token(username).split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return Optional.ofNullable(claims.path("email").asText(null));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String webhook() {
        HttpResponse<String> listed = client.call("admin.ops", "GET", WEBHOOKS + "?size=100", null, Map.of());
        if (notThere(listed)) {
            return skipped("GET " + WEBHOOKS, listed);
        }
        expect(listed, 200, "GET " + WEBHOOKS);
        List<String> stale = new ArrayList<>();
        boolean registered = false;
        for (JsonNode webhook : parse(listed).path("items")) {
            if (!WEBHOOK_DESCRIPTION.equals(webhook.path("description").asText())
                    || !"ACTIVE".equals(webhook.path("status").asText())) {
                continue;
            }
            if (receiverUrl.equals(webhook.path("url").asText()) && receiver.keptSecret().isPresent()) {
                registered = true;
            } else {
                stale.add(webhook.path("id").asText());
            }
        }
        for (String id : stale) {
            HttpResponse<String> deactivated = client.call("admin.ops", "DELETE", WEBHOOKS + "/" + id, null,
                    Map.of());
            if (deactivated.statusCode() / 100 != 2 && deactivated.statusCode() != 404) {
                throw failure("DELETE " + WEBHOOKS + "/" + id, deactivated);
            }
        }
        if (registered) {
            return "webhook to " + receiverUrl + " already there";
        }
        HttpResponse<String> created = client.call("admin.ops", "POST", WEBHOOKS, """
                {"url": "%s", "recipientRole": "%s", "recipientScope": "%s", "rules": %s, "description": "%s"}"""
                .formatted(receiverUrl, WEBHOOK_ROLE, DemoCatalogue.SUNSHINE, WEBHOOK_RULES, WEBHOOK_DESCRIPTION),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        expect(created, 201, "POST " + WEBHOOKS);
        String secret = parse(created).path("secret").asText("");
        if (secret.isEmpty()) {
            throw failure("POST " + WEBHOOKS + " (no secret in the answer)", created);
        }
        receiver.learnSecret(secret);
        return "webhook to " + receiverUrl + " registered" + (stale.isEmpty() ? ""
                : " (" + stale.size() + " earlier one(s) deactivated)");
    }

    /** A notification-service (or gateway) of a build without the feature. */
    private static boolean notThere(HttpResponse<String> answer) {
        return answer.statusCode() == 404 || answer.statusCode() == 405;
    }

    private static String skipped(String call, HttpResponse<String> answer) {
        return "skipped: " + call + " answered " + answer.statusCode() + " (this build's notification-service has "
                + "no such endpoint yet)";
    }

    private static void expect(HttpResponse<String> answer, int status, String call) {
        if (answer.statusCode() != status) {
            throw failure(call, answer);
        }
    }

    private static SuiteStartException failure(String call, HttpResponse<String> answer) {
        return new SuiteStartException("demo notifications: " + call + " answered " + answer.statusCode() + ": "
                + answer.body());
    }

    private static JsonNode parse(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
