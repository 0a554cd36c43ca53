package org.youthjustice.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.SqlStatements;
import org.youthjustice.platform.testing.SqlStatements.Statement;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page of the inbox costs, as the event-to-alert benchmark reads it 100 times a second (the newest 100
 * case-assigned alerts since its start, by a worker with preferences): one query for the page and one for its total,
 * and no alert loaded as a managed entity (whose JSON values Hibernate would copy for dirty checking).
 */
@QuarkusTest
class InboxStatementsTest {

    private static final int READS = 10;

    @Inject
    SessionFactory sessionFactory;

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    @Test
    void aFullPageIsOneQueryAndItsCountWithoutManagedAlerts() {
        String worker = "WI" + fresh();
        String token = TestTokens.user("sw.inbox-" + worker).roles(Roles.SOCIAL_WORKER)
                .claim(Caller.WORKER_ID, worker).token();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"locale\": \"en\"}")
                .when().put("/notification-preferences/me").then().statusCode(200);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 150; i++) {
                String reference = "GZ-I-" + fresh();
                Notification alert = Notification.forRecipient("case-assigned", UUID.randomUUID(),
                        Recipient.worker(worker), Severity.INFO, "Stored title", "Stored body", reference,
                        start.plusMillis(i));
                alert.templateValues = Map.of("reference", reference, "workerId", worker, "officeCode", "JO-I");
                alert.persist();
            }
        });
        long loadedBefore = sessionFactory.getStatistics().getEntityStatistics(Notification.class.getName())
                .getLoadCount();

        List<Statement> statements = SqlStatements.everywhere(() -> {
            for (int i = 0; i < READS; i++) {
                given().auth().oauth2(token).queryParam("rule", "case-assigned").queryParam("since", start.toString())
                        .queryParam("size", 100)
                        .when().get("/notifications")
                        .then().statusCode(200).body("total", equalTo(150)).body("items", hasSize(100))
                        // rendered in the reader's language from the template values, not the stored texts
                        .body("items[0].title", startsWith("Case GZ-I-"))
                        .body("items[0].body", containsString("(office JO-I)"));
            }
        });

        assertEquals(2 * READS, inboxQueries(statements).size(), "the page and its count, each read: " + statements);
        long loaded = sessionFactory.getStatistics().getEntityStatistics(Notification.class.getName())
                .getLoadCount() - loadedBefore;
        assertTrue(loaded < 100, "alerts loaded as entities by " + READS + " pages: " + loaded);

        List<Statement> lastPage = SqlStatements.everywhere(() -> given().auth().oauth2(token)
                .queryParam("rule", "case-assigned").queryParam("since", start.toString())
                .queryParam("size", 100).queryParam("page", 1)
                .when().get("/notifications")
                .then().statusCode(200).body("total", equalTo(150)).body("items", hasSize(50)));
        assertEquals(1, inboxQueries(lastPage).size(), "the last page tells its total: " + lastPage);
    }

    /**
     * A long inbox is counted up to a thousand alerts, so that a page of it costs the same at 1,050 alerts as at a
     * hundred thousand; its last page knows its exact total anyway.
     */
    @Test
    void aLongInboxIsCountedUpToAThousandAndItsLastPageExactly() {
        String worker = "WL" + fresh();
        String token = TestTokens.user("sw.long-" + worker).roles(Roles.SOCIAL_WORKER)
                .claim(Caller.WORKER_ID, worker).token();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 1050; i++) {
                alert(Notification.forRecipient("test-rule", UUID.randomUUID(), Recipient.worker(worker),
                        Severity.INFO, "t", "b", "GZ-L-" + i, start.plusMillis(i)));
            }
        });

        given().auth().oauth2(token).queryParam("size", 100)
                .when().get("/notifications")
                .then().statusCode(200).body("items", hasSize(100)).body("items[0].subjectRef", equalTo("GZ-L-1049"))
                .body("total", equalTo(1000)).body("totalExact", equalTo(false));
        given().auth().oauth2(token).queryParam("size", 100).queryParam("page", 9)
                .when().get("/notifications")
                .then().statusCode(200).body("items", hasSize(100))
                .body("total", equalTo(1000)).body("totalExact", equalTo(false));
        given().auth().oauth2(token).queryParam("size", 100).queryParam("page", 10)
                .when().get("/notifications")
                .then().statusCode(200).body("items", hasSize(50)).body("items[49].subjectRef", equalTo("GZ-L-0"))
                .body("total", equalTo(1050)).body("totalExact", equalTo(true));
        given().auth().oauth2(token).queryParam("size", 100).queryParam("acknowledged", false)
                .queryParam("since", start.plusMillis(100).toString())
                .when().get("/notifications")
                .then().statusCode(200).body("total", equalTo(950)).body("totalExact", equalTo(true));
    }

    /**
     * The ways an alert reaches a reader (their subject, their role as a whole, their role within their scope) make
     * one list, newest first and then by id, each alert once, paged and counted as one.
     */
    @Test
    void theWaysAnAlertReachesTheReaderMakeOneListInItsOrder() {
        String worker = "WI" + fresh();
        String username = "sw.order-" + worker;
        String subject = UUID.nameUUIDFromBytes(username.getBytes()).toString();
        String token = TestTokens.user(username).roles(Roles.SOCIAL_WORKER).claim(Caller.WORKER_ID, worker).token();
        String about = "GZ-O-" + fresh();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Notification> visible = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            visible.add(alert(Notification.forRecipient("test-rule", UUID.randomUUID(), Recipient.worker(worker),
                    Severity.INFO, "t", "b", about, at)));
            visible.add(alert(Notification.forRecipient("test-rule", UUID.randomUUID(), Recipient.worker(worker),
                    Severity.INFO, "t", "b", about, at)));
            visible.add(alert(Notification.forRole("test-rule", UUID.randomUUID(), Roles.SOCIAL_WORKER,
                    Severity.INFO, "t", "b", about, at.minusSeconds(1))));
            Notification mine = Notification.forRole("test-rule", UUID.randomUUID(), null, Severity.INFO, "t", "b",
                    about, at.minusSeconds(2));
            mine.recipientSubject = subject;
            visible.add(alert(mine));
            // addressed to the reader and to their role as a whole: listed once
            Notification both = Notification.forRole("test-rule", UUID.randomUUID(), Roles.SOCIAL_WORKER,
                    Severity.INFO, "t", "b", about, at);
            both.recipientSubject = subject;
            visible.add(alert(both));
            alert(Notification.forRecipient("test-rule", UUID.randomUUID(), Recipient.worker("WI" + fresh()),
                    Severity.INFO, "t", "b", about, at));
            alert(Notification.forRecipient("test-rule", UUID.randomUUID(), Recipient.supervisorOf(worker),
                    Severity.INFO, "t", "b", about, at));
        });
        List<String> expected = visible.stream()
                .sorted(Comparator.comparing((Notification n) -> n.createdAt).reversed()
                        .thenComparing(n -> n.id.toString()))
                .map(n -> n.id.toString()).toList();

        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            listed.addAll(given().auth().oauth2(token).queryParam("subjectRef", about).queryParam("size", 2)
                    .queryParam("page", page)
                    .when().get("/notifications")
                    .then().statusCode(200).body("total", equalTo(5)).extract().jsonPath().getList("items.id"));
        }
        assertEquals(expected, listed);
    }

    private static Notification alert(Notification notification) {
        notification.persist();
        return notification;
    }

    /** The inbox's own queries (a recipient condition on the alerts), as the REST calls ran them. */
    private static List<Statement> inboxQueries(List<Statement> statements) {
        return statements.stream()
                .filter(statement -> statement.thread().startsWith("executor-thread"))
                .filter(statement -> statement.mentions("from notification") && statement.mentions("recipient_"))
                .toList();
    }
}
