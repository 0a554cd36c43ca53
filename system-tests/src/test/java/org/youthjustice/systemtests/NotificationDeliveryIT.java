package org.youthjustice.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.Suite;
import org.youthjustice.local.SuiteSettings;
import org.youthjustice.local.WebhookDelivery;
import org.youthjustice.platform.identity.IdentityNumber;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 9: a missed visit reaches everyone who must know, through every channel, without the juvenile. A court
 * refers a fresh juvenile to the Yuexiu office; the admin accepts the case, makes {@code sw.li} (W0001 of the Sunshine
 * agency) its lead worker, activates it and assesses its risk LOW; {@code sw.li} records a visit made 40 days ago, so
 * that the next one was due 10 days ago and case-service's missed-visit check (every 10 s in the local run) records it
 * missed. Within a bounded wait the {@code visit-missed} alert is in {@code sw.li}'s inbox and on her live stream
 * (read as server-sent events through the gateway), in the e-mail of her supervisor {@code sup.wang} (the demo data
 * subscribes her; the suite's SMTP server leaves it in {@code mail/}) and at the Sunshine agency's case system (the
 * demo webhook, signed and sent once); and none of them holds the juvenile's name, identity number, birth date, phone
 * or address.
 */
@ExtendWith(RunningSuite.class)
class NotificationDeliveryIT {

    /** From the visit's record through case-service's check (10 s), Kafka, the inbox and the dispatcher. */
    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final String RULE = "visit-missed";
    private static final String SW_LI_WORKER = "W0001";
    private static final String SUPERVISOR_MAIL = "sup.wang@demo.youthjustice.invalid";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The juvenile of the test's case: every value the alerts must not show. */
    private record Juvenile(String name, String identityNumber, LocalDate birthDate, String phone, String address) {

        static Juvenile fresh() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(900));
            String identityNumber = IdentityNumber.compose(String.valueOf(random.nextInt(110_000, 660_000)), birth,
                    random.nextInt(1000)).value();
            return new Juvenile("司马" + "晓云思远".charAt(random.nextInt(4)) + "通", identityNumber, birth,
                    "138" + random.nextInt(10_000_000, 100_000_000),
                    "广东省广州市越秀区通知路" + random.nextInt(1, 1000) + "号");
        }

        Map<String, Object> referral() {
            return Map.of("type", "PREVENTION", "referralSource", "SCHOOL", "officeCode", "JO-440104-01",
                    "regionCode", "440104",
                    "juvenile", Map.of("name", name, "identityNumber", identityNumber, "phone", phone,
                            "address", address));
        }

        /** What a privacy scan looks for: each value, the birth date as ISO date and as in the identity number. */
        List<String> personalData() {
            return List.of(name, identityNumber, birthDate.toString(), birthDate.format(DateTimeFormatter.BASIC_ISO_DATE),
                    phone, address);
        }
    }

    /** What has arrived where, at one reading. */
    private record Arrivals(boolean missedInCaseService, List<JsonNode> inbox, List<AlertStream.Event> stream,
                            List<MailFolder.Mail> mails, List<WebhookDelivery> webhooks) {

        boolean complete() {
            return !inbox.isEmpty() && !stream.isEmpty() && !mails.isEmpty() && !webhooks.isEmpty();
        }
    }

    @Test
    void aMissedVisitReachesSwLisInboxAndStreamHerSupervisorsMailAndThePartnerSystemWithoutTheJuvenile(
            SuiteSettings settings, Suite suite) throws Exception {
        String api = settings.gatewayUrl() + "/api";
        String swLiToken = Keycloak.tokenOf(settings, "sw.li");
        Caller court = new Caller(api, Keycloak.tokenOf(settings, "court.liu"));
        Caller admin = new Caller(api, Keycloak.tokenOf(settings, "admin.ops"));
        Caller swLi = new Caller(api, swLiToken);
        Juvenile juvenile = Juvenile.fresh();

        try (AlertStream stream = AlertStream.open(settings.gatewayUrl(), swLiToken, DELIVERY.plusMinutes(2),
                newestSeq(swLi))) {
            String reference = activeCaseOfSwLi(court, admin, juvenile);
            expect(swLi.send("POST", "/cases/" + reference + "/visits", Map.of(
                            "at", Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                            "placeKind", "HOME"), Map.of("Idempotency-Key", UUID.randomUUID().toString())), 201,
                    "sw.li records a visit made 40 days ago");

            Arrivals arrived = Polling.until(DELIVERY, () -> arrivals(settings, suite, admin, swLi, stream, reference),
                    Arrivals::complete);
            System.out.printf("[notification delivery] case %s: missed in case-service %s, inbox %d, stream %d "
                            + "(connections %s), mails to %s %d, webhooks %d%n", reference,
                    arrived.missedInCaseService(), arrived.inbox().size(), arrived.stream().size(), stream.statuses(),
                    SUPERVISOR_MAIL, arrived.mails().size(), arrived.webhooks().size());

            assertTrue(arrived.missedInCaseService(), "case-service recorded the visit of " + reference + " missed");
            assertFalse(arrived.inbox().isEmpty(), "the visit-missed alert of " + reference + " in sw.li's inbox");
            assertFalse(arrived.stream().isEmpty(), "the alert on sw.li's stream; connections: " + stream.statuses());
            assertTrue(arrived.stream().stream().allMatch(event -> event.id() != null && !event.id().isBlank()),
                    "each alert on the stream has an id to resume after");
            assertFalse(arrived.mails().isEmpty(), "an e-mail to " + SUPERVISOR_MAIL + " naming " + reference);
            assertFalse(arrived.webhooks().isEmpty(), "a webhook about " + reference + " at the partner system");
            assertTrue(arrived.webhooks().stream().allMatch(WebhookDelivery::signatureOk),
                    "every webhook is signed with the secret shown at the registration");
            List<String> deliveryIds = arrived.webhooks().stream().map(webhook -> json(webhook.body())
                    .path("deliveryId").asText()).distinct().toList();
            assertEquals(1, deliveryIds.size(), "one delivery of the alert to the partner (repeated only as retries): "
                    + deliveryIds);
            assertTrue(arrived.webhooks().stream().allMatch(webhook -> deliveryIds.get(0)
                    .equals(webhook.idempotencyKey())), "the Idempotency-Key partners dedupe on is the delivery id");

            List<String> sent = new ArrayList<>();
            arrived.inbox().forEach(item -> sent.add("inbox: " + item));
            arrived.stream().forEach(event -> sent.add("stream: " + event.data()));
            arrived.mails().forEach(mail -> sent.add("mail: " + mail.readable()));
            arrived.webhooks().forEach(webhook -> sent.add("webhook: " + webhook.body()));
            List<String> leaks = new ArrayList<>();
            for (String text : sent) {
                juvenile.personalData().stream().filter(text::contains)
                        .forEach(value -> leaks.add(value + " in " + text));
            }
            assertEquals(List.of(), leaks, "no alert, e-mail or webhook shows the juvenile");
        }
    }

    private static Arrivals arrivals(SuiteSettings settings, Suite suite, Caller admin, Caller swLi,
                                     AlertStream stream, String reference) throws Exception {
        boolean missed = admin.get("/cases/" + reference + "/visits?status=MISSED").body().path("total").asLong() > 0;
        List<JsonNode> inbox = new ArrayList<>();
        Caller.Answer listed = swLi.get("/notifications?rule=" + RULE + "&subjectRef=" + reference + "&size=100");
        if (listed.status() != 200) {
            throw new IOException("sw.li's inbox answered " + listed.status() + ": " + listed.text());
        }
        listed.body().path("items").forEach(item -> {
            if (about(item, reference)) {
                inbox.add(item);
            }
        });
        List<AlertStream.Event> alerts = stream.events().stream()
                .filter(event -> event.type().equals("alert") && about(json(event.data()), reference)).toList();
        List<MailFolder.Mail> mails = new MailFolder(settings).to(SUPERVISOR_MAIL).stream()
                .filter(mail -> mail.readable().contains(reference)).toList();
        List<WebhookDelivery> webhooks = suite.webhookDeliveries().stream()
                .filter(webhook -> about(json(webhook.body()), reference)).toList();
        return new Arrivals(missed, inbox, alerts, mails, webhooks);
    }

    /** The seq of sw.li's newest alert (the inbox lists newest first), or null when she has none. */
    private static String newestSeq(Caller swLi) throws IOException {
        Caller.Answer newest = swLi.get("/notifications?size=1");
        expect(newest, 200, "sw.li reads her inbox");
        JsonNode seq = newest.body().path("items").path(0).path("seq");
        return seq.isMissingNode() || seq.isNull() ? null : seq.asText();
    }

    private static boolean about(JsonNode alert, String reference) {
        return RULE.equals(alert.path("rule").asText()) && reference.equals(alert.path("subjectRef").asText());
    }

    /**
     * Referred by court.liu; accepted, assigned to sw.li and activated by the admin, who assesses the risk LOW: the
     * first visit is then scheduled 30 days ahead.
     */
    private static String activeCaseOfSwLi(Caller court, Caller admin, Juvenile juvenile) throws Exception {
        Caller.Answer referred = court.send("POST", "/cases", juvenile.referral(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        expect(referred, 201, "court.liu refers the juvenile");
        String reference = referred.text("reference");
        transition(admin, reference, "INTAKE");
        Caller.Answer assigned = Polling.until(DELIVERY, () -> admin.send("PUT", "/cases/" + reference
                        + "/assignment", Map.of("workerId", SW_LI_WORKER, "reason", "Posted at the office"),
                ifMatch(admin, reference)), answer -> answer.status() != 422);
        expect(assigned, 200, "the assignment of " + reference + " to " + SW_LI_WORKER);
        transition(admin, reference, "ACTIVE");
        Caller.Answer assessed = admin.send("POST", "/cases/" + reference + "/risk-assessments",
                Map.of("level", "LOW", "factors", List.of("FAMILY_CONFLICT")), Map.of());
        expect(assessed, 201, "the admin assesses the risk of " + reference + " LOW");
        return reference;
    }

    private static void transition(Caller admin, String reference, String to) throws IOException {
        expect(admin.send("POST", "/cases/" + reference + "/transitions", Map.of("to", to, "reason", "System test"),
                ifMatch(admin, reference)), 200, "the transition of " + reference + " to " + to);
    }

    private static Map<String, String> ifMatch(Caller admin, String reference) throws IOException {
        Caller.Answer current = admin.get("/cases/" + reference);
        expect(current, 200, "the admin reads " + reference);
        return Map.of("If-Match", current.header("ETag").orElseThrow(() -> new AssertionError("no ETag")));
    }

    private static void expect(Caller.Answer answer, int status, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.text());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
