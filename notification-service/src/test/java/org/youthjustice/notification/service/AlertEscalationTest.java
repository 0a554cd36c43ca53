package org.youthjustice.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.messaging.in.CaseFact;
import org.youthjustice.notification.messaging.in.WorkerFact;
import org.youthjustice.notification.messaging.out.NotificationEvents;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.testing.TopicRecords;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An URGENT alert nobody acknowledged within yjs.alerts.escalation.after (30 minutes) goes once to the next level:
 * worker → their agency's supervisors → the case's office → no further. The job runs at the time each test gives it
 * (the scheduled run is off in tests); the alerts are raised that long before, so that alerts of other tests, all
 * younger, are never due.
 */
@QuarkusTest
class AlertEscalationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAST_DUE = Duration.ofMinutes(31);

    @Inject
    AlertEscalation escalation;

    @Inject
    Deliveries deliveries;

    @Inject
    RecipientDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** A worker of an agency leading a case of an office, all fresh for one test and known to the directory. */
    private record Scene(String worker, String agency, String office, String reference) {
    }

    private Scene scene() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Scene scene = new Scene("WE" + id, "52440100ESC" + id.substring(0, 7), "JO-E" + id, "GZ-E-" + id);
        Instant at = Instant.now(clock).minus(Duration.ofDays(1));
        QuarkusTransaction.requiringNew().run(() -> {
            directory.learnWorker(new WorkerFact(scene.worker(), scene.agency(), null, "ACTIVE", null, null), at);
            directory.learnCase(CaseFact.ASSIGNED, new CaseFact(scene.reference(), scene.office(), scene.worker(),
                    scene.agency(), null, null, null, null, null), at);
        });
        return scene;
    }

    private Notification raise(Recipient to, Severity severity, Scene scene, Duration ago) {
        Notification alert = Notification.forRecipient("risk-high", UUID.randomUUID(), to, severity,
                "Risk of case " + scene.reference() + " is now HIGH",
                "The risk level of case " + scene.reference() + " rose from MEDIUM to HIGH. /api/cases/"
                        + scene.reference(), scene.reference(), Instant.now(clock).minus(ago));
        alert.templateValues = Map.of("reference", scene.reference(), "previous", "MEDIUM");
        QuarkusTransaction.requiringNew().run(() -> deliveries.store(alert));
        return alert;
    }

    private List<Notification> escalationsOf(UUID original) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from Notification where escalatedFrom = :original", Notification.class)
                .setParameter("original", original).getResultList());
    }

    private Notification onlyEscalationOf(UUID original) {
        List<Notification> found = escalationsOf(original);
        assertEquals(1, found.size(), "escalated once");
        return found.get(0);
    }

    private int escalateNow() {
        return escalation.escalateDue(Instant.now(clock));
    }

    private static String supervisorOf(String agency) {
        return TestTokens.user("sup." + agency).roles(Roles.AGENCY_SUPERVISOR).claim("agency_id", agency).token();
    }

    private static List<String> openAlerts(String token) {
        return given().auth().oauth2(token).queryParam("acknowledged", false).queryParam("size", 100)
                .when().get("/notifications").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aWorkersUrgentAlertUnacknowledgedPastTheTimeReachesTheSupervisorOfTheirAgencyOnce() {
        Scene scene = scene();
        Scene otherAgency = scene();
        Notification alert = raise(Recipient.worker(scene.worker()), Severity.URGENT, scene, PAST_DUE);

        escalateNow();
        escalateNow();

        Notification escalated = onlyEscalationOf(alert.id);
        assertEquals(Roles.AGENCY_SUPERVISOR, escalated.recipientRole);
        assertEquals(scene.agency(), escalated.recipientScope);
        assertEquals(Severity.URGENT, escalated.severity);
        assertEquals("risk-high", escalated.rule);
        assertEquals(scene.reference(), escalated.subjectRef);
        assertEquals("Escalated: Risk of case " + scene.reference() + " is now HIGH", escalated.title);
        assertEquals(Map.of("reference", scene.reference(), "previous", "MEDIUM", "escalatedFrom",
                alert.id.toString()), escalated.templateValues);
        assertTrue(openAlerts(supervisorOf(scene.agency())).contains(escalated.id.toString()));
        assertTrue(openAlerts(supervisorOf(otherAgency.agency())).isEmpty(), "another agency's supervisor");
    }

    @Test
    void replicasRunningTheJobTogetherEscalateEachAlertOnce() throws Exception {
        Scene scene = scene();
        List<Notification> alerts = List.of(
                raise(Recipient.worker(scene.worker()), Severity.URGENT, scene, PAST_DUE),
                raise(Recipient.worker(scene.worker()), Severity.URGENT, scene, PAST_DUE.plusMinutes(1)),
                raise(Recipient.supervisorOf(scene.agency()), Severity.URGENT, scene, PAST_DUE),
                raise(Recipient.supervisorOf(scene.agency()), Severity.URGENT, scene, PAST_DUE.plusMinutes(2)));

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return escalateNow();
            };
            List<Future<Integer>> runs = List.of(replicas.submit(run), replicas.submit(run), replicas.submit(run));
            start.countDown();
            int escalated = 0;
            for (Future<Integer> result : runs) {
                escalated += result.get(30, TimeUnit.SECONDS);
            }
            assertTrue(escalated >= alerts.size(), "every alert escalated by one of them");
        } finally {
            replicas.shutdownNow();
        }
        for (Notification alert : alerts) {
            onlyEscalationOf(alert.id);
        }
    }

    @Test
    void anAcknowledgedAlertAWarningAndOneNotYetDueDoNotEscalate() {
        Scene scene = scene();
        Notification acknowledged = raise(Recipient.worker(scene.worker()), Severity.URGENT, scene, PAST_DUE);
        given().auth().oauth2(TestTokens.user("sw." + scene.worker()).roles(Roles.SOCIAL_WORKER)
                        .claim("worker_id", scene.worker()).token())
                .when().post("/notifications/" + acknowledged.id + "/acknowledgement").then().statusCode(200);
        Notification warning = raise(Recipient.worker(scene.worker()), Severity.WARNING, scene, PAST_DUE);
        Notification recent = raise(Recipient.worker(scene.worker()), Severity.URGENT, scene, Duration.ofMinutes(29));

        escalateNow();

        assertEquals(List.of(), escalationsOf(acknowledged.id));
        assertEquals(List.of(), escalationsOf(warning.id));
        assertEquals(List.of(), escalationsOf(recent.id), "29 minutes: not yet");
        assertTrue(openAlerts(supervisorOf(scene.agency())).isEmpty());

        escalation.escalateDue(Instant.now(clock).plus(Duration.ofMinutes(2)));
        onlyEscalationOf(recent.id);
    }

    @Test
    void aSupervisorsAlertGoesToTheCasesOfficeAndAnEscalationEscalatesAgainUpToTheOffice() {
        Scene scene = scene();
        Notification fromWorker = raise(Recipient.worker(scene.worker()), Severity.URGENT, scene, PAST_DUE);
        Notification fromSupervisor = raise(Recipient.supervisorOf(scene.agency()), Severity.URGENT, scene, PAST_DUE);

        escalateNow();

        Notification toOffice = onlyEscalationOf(fromSupervisor.id);
        assertEquals(Roles.JUDICIAL_OFFICER, toOffice.recipientRole);
        assertEquals(scene.office(), toOffice.recipientScope);
        String officer = TestTokens.user("jo." + scene.office()).roles(Roles.JUDICIAL_OFFICER)
                .claim("office_code", scene.office()).token();
        assertTrue(openAlerts(officer).contains(toOffice.id.toString()));

        // the supervisor does not acknowledge the worker's escalated alert either: it goes on to the office
        Notification toSupervisor = onlyEscalationOf(fromWorker.id);
        backdate(toSupervisor.id);
        escalateNow();
        Notification second = onlyEscalationOf(toSupervisor.id);
        assertEquals(Roles.JUDICIAL_OFFICER, second.recipientRole);
        assertEquals(scene.office(), second.recipientScope);
        assertEquals("Escalated: Risk of case " + scene.reference() + " is now HIGH", second.title,
                "said once, however often it escalates");

        // an officer's alert goes no further, and is settled: later runs do not look at it again
        backdate(second.id);
        backdate(toOffice.id);
        escalateNow();
        assertEquals(List.of(), escalationsOf(second.id));
        assertEquals(List.of(), escalationsOf(toOffice.id));
        Instant settled = checkedAt(second.id);
        assertNotNull(settled, "settled as having no next level");
        escalateNow();
        assertEquals(settled, checkedAt(second.id));
    }

    @Test
    void eachEscalationIsPublishedOnceAsNotificationEscalated() throws Exception {
        Scene scene = scene();
        Notification alert = raise(Recipient.supervisorOf(scene.agency()), Severity.URGENT, scene, PAST_DUE);

        escalateNow();
        escalateNow();
        Notification escalated = onlyEscalationOf(alert.id);

        String type = NotificationEvents.NotificationEscalated.TYPE;
        try (TopicRecords records = TopicRecords.of(NotificationEvents.TOPIC)) {
            ConsumerRecord<String, String> record = records.await(r -> alert.id.toString().equals(r.key()));
            JsonNode event = JSON.readTree(record.value());
            assertEquals(type, event.get("type").asText());
            assertEquals(alert.id.toString(), event.get("subject").asText());
            JsonNode data = event.get("data");
            assertThat(data.toString(), matchesJsonSchemaInClasspath(EventExamples.of("notification-service")
                    .schema(type, 1)));
            assertEquals(alert.id.toString(), data.get("notificationId").asText());
            assertEquals(escalated.id.toString(), data.get("escalationId").asText());
            assertEquals("risk-high", data.get("rule").asText());
            assertEquals(scene.reference(), data.get("subjectRef").asText());
            assertEquals(Roles.AGENCY_SUPERVISOR, data.get("fromRole").asText());
            assertEquals(Roles.JUDICIAL_OFFICER, data.get("toRole").asText());
            assertEquals(1, records.all(r -> alert.id.toString().equals(r.key()), Duration.ofSeconds(2)).size(),
                    "published once");
        }
    }

    /** As if the alert had been raised 31 minutes before it was. */
    private void backdate(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update notification set created_at = created_at - ?2 * interval '1 minute' where id = ?1")
                .setParameter(1, id).setParameter(2, PAST_DUE.toMinutes()).executeUpdate());
    }

    private Instant checkedAt(UUID id) {
        return QuarkusTransaction.requiringNew().call(
                () -> entityManager.find(Notification.class, id).escalationCheckedAt);
    }
}
