package org.youthjustice.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.GreenMailResource;
import org.youthjustice.notification.LeakedJuvenile;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.testing.TestTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EMAIL channel against a real SMTP server (GreenMail): a risk risen to HIGH in case-service's
 * event, delivered twice, planned once per subscriber and mailed by the dispatcher in each one's language, with none of the juvenile's
 * data a producer might have leaked into the event.
 */
@QuarkusTest
class EmailChannelTest {

    private static final EventExamples CASES = EventExamples.of("case-service");
    private static final EventPublisher CASE_TOPIC = EventPublisher.to("cases.v1");


    @Inject
    EmailChannel channel;

    @Inject
    Deliveries deliveries;

    /**
     * A send may time out on a busy machine (in CI one did, after 10 s) and is then retried after the test profile's
     * 0.1 s backoff: room for a few attempts.
     */
    private static final Duration SENT_WITHIN = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @AfterAll
    static void closePublisher() {
        CASE_TOPIC.close();
    }

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    @Test
    void aRiskRisenToHighIsMailedOnceToEachOfficerInTheirLanguageWithoutTheJuvenilesData() throws Exception {
        String id = fresh();
        String office = "JO-M" + id;
        String reference = "GZ-M-" + id;
        String zhao = "jo-zh-" + id.toLowerCase();
        String smith = "jo-en-" + id.toLowerCase();
        subscribe(zhao, office, "{\"locale\": \"zh\"}");
        subscribe(smith, office, "{\"locale\": \"en\"}");
        String stranger = "jo-other-" + id.toLowerCase();
        subscribe(stranger, "JO-OTHER" + id, "{}");

        ObjectNode risk = CASES.load("risk.changed", 1).put("subject", reference);
        ObjectNode data = (ObjectNode) risk.get("data");
        data.put("reference", reference).put("officeCode", office).put("level", "HIGH");
        LeakedJuvenile.plantIn(data);
        CASE_TOPIC.publishTwice(reference, risk);
        ObjectNode marker = CASES.load("case.status-changed", 1).put("subject", reference);
        ((ObjectNode) marker.get("data")).put("reference", reference).put("officeCode", office);
        CASE_TOPIC.publishAndAwait(reference, marker, ProcessedEvents.of(dataSource, "alerts"));

        Notification alert = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "rule = ?1 and recipientScope = ?2", AlertRule.RISK_HIGH.key(), office).singleResult());
        List<Delivery> planned = deliveriesOf(alert);
        assertEquals(List.of(subjectOf(smith), subjectOf(zhao)).stream().sorted().toList(),
                planned.stream().map(d -> d.recipient).sorted().toList(), "once each, the stranger not at all");
        // the dispatcher sends them; the wait covers a send that times out (quarkus.mailer.timeout, 10 s) and its retry
        await().atMost(SENT_WITHIN).until(() -> deliveriesOf(alert).stream()
                .allMatch(delivery -> delivery.status == DeliveryStatus.DELIVERED));

        MimeMessage zh = only(GreenMailResource.receivedBy(address(zhao)));
        MimeMessage en = only(GreenMailResource.receivedBy(address(smith)));
        assertEquals("案件 " + reference + " 风险等级升为高", zh.getSubject());
        assertTrue(text(zh).contains("风险等级由"), text(zh));
        assertEquals("Risk of case " + reference + " is now HIGH", en.getSubject());
        assertTrue(text(en).contains("The risk level of case " + reference + " rose"), text(en));
        for (MimeMessage mail : List.of(zh, en)) {
            assertTrue(text(mail).contains("/api/cases/" + reference), "the link");
            assertTrue(text(mail).contains("/api/notification-preferences/me"), "the footer");
            assertFalse(text(mail).contains("{"), "no placeholder left");
            assertEquals("alerts@youthjustice.invalid", mail.getFrom()[0].toString());
        }
        assertEquals(List.of(), GreenMailResource.receivedBy(address(stranger)));
        assertNoJuvenilesData(GreenMailResource.received());
    }

    @Test
    void theMessageIdNamesTheDeliverySoThatAResendIsRecognisable() throws Exception {
        String username = "sup-mid-" + fresh().toLowerCase();
        String agency = "52440100MID" + fresh().substring(0, 7);
        String token = TestTokens.user(username).roles(Roles.AGENCY_SUPERVISOR).claim(Caller.AGENCY_ID, agency)
                .claim("email", address(username)).token();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"locale\": \"en\"}")
                .when().put("/notification-preferences/me").then().statusCode(200);
        Notification alert = alert(Recipient.supervisorOf(agency));
        Delivery delivery = only(deliveriesOf(alert));
        await().atMost(SENT_WITHIN)
                .until(() -> !GreenMailResource.receivedBy(address(username)).isEmpty());

        // as after a restart between the send and the record of its outcome: the same delivery once more
        channel.send(delivery, alert);

        List<MimeMessage> mails = GreenMailResource.receivedBy(address(username));
        assertEquals(2, mails.size());
        for (MimeMessage mail : mails) {
            assertEquals("<" + delivery.id + "@youthjustice.invalid>", mail.getMessageID());
        }
    }

    @Test
    void aSubscriberWithoutAnAddressIsAPermanentFailure() {
        Notification alert = alert(Recipient.officerOf("JO-NONE" + fresh()));
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.channel = Channel.EMAIL;
        delivery.recipient = UUID.randomUUID().toString();

        DeliveryChannel.Outcome outcome = channel.send(delivery, alert);

        assertEquals(DeliveryChannel.Outcome.Kind.PERMANENT, outcome.kind());
        assertEquals(null, outcome.statusCode());

        String username = "jo-noaddress-" + fresh().toLowerCase();
        given().auth().oauth2(TestTokens.user(username).roles(Roles.JUDICIAL_OFFICER).token())
                .when().get("/notification-preferences/me").then().statusCode(200);
        delivery.recipient = subjectOf(username);
        assertEquals(DeliveryChannel.Outcome.Kind.PERMANENT, channel.send(delivery, alert).kind());
    }

    private void subscribe(String username, String office, String preferences) {
        String token = TestTokens.user(username).roles(Roles.JUDICIAL_OFFICER).claim(Caller.OFFICE_CODE, office)
                .claim("email", address(username)).token();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(preferences)
                .when().put("/notification-preferences/me").then().statusCode(200);
    }

    /** An URGENT risk-high alert to {@code recipient}, stored as a rule stores it. */
    private Notification alert(Recipient recipient) {
        String reference = "GZ-M-" + fresh();
        Map<String, String> values = Map.of("reference", reference, "workerId", "W1", "officeCode", "JO-1",
                "previous", "MEDIUM");
        Notification alert = Notification.forRecipient(AlertRule.RISK_HIGH.key(), UUID.randomUUID(), recipient,
                Severity.URGENT, AlertRule.RISK_HIGH.title(values), AlertRule.RISK_HIGH.body(values), reference,
                Instant.now());
        alert.templateValues = values;
        QuarkusTransaction.requiringNew().run(() -> deliveries.store(alert));
        return alert;
    }

    private static List<Delivery> deliveriesOf(Notification alert) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list(
                "notificationId = ?1 and channel = ?2", alert.id, Channel.EMAIL));
    }

    /** Every mail the server received in this test run, whoever sent it, scanned for the juvenile's data. */
    private static void assertNoJuvenilesData(List<MimeMessage> mails) throws MessagingException, IOException {
        assertFalse(mails.isEmpty());
        for (MimeMessage mail : mails) {
            String text = mail.getSubject() + "\n" + text(mail);
            LeakedJuvenile.assertNoneIn(text);
        }
    }

    /**
     * The decoded text of a plain-text mail, read from its data source: {@code getContent()} would look up a content
     * handler, and json-schema-validator's javax mail on the test class path registers ones jakarta.mail cannot load.
     */
    private static String text(MimeMessage mail) throws MessagingException, IOException {
        try (var body = mail.getInputStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), () -> "exactly one of " + items);
        return items.get(0);
    }

    private static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    private static String address(String username) {
        return username + "@agency.example";
    }
}
