package org.youthjustice.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.platform.testing.SqlRows.count;

/**
 * Which subscribers an alert is planned for by e-mail, and when: the delivery rows the EMAIL listener writes as each
 * alert is stored (the dispatcher that sends them is tested on its own).
 */
@QuarkusTest
class EmailDeliveriesTest {

    private static final String PREFERENCES = "/notification-preferences/me";

    @Inject
    Deliveries deliveries;

    @Inject
    DataSource dataSource;

    /** A fresh person: their username, and the token facts a test gives them. */
    private record Person(String username) {

        static Person fresh(String role) {
            return new Person(role + "-" + UUID.randomUUID().toString().substring(0, 8));
        }

        String subject() {
            return UUID.nameUUIDFromBytes(username.getBytes()).toString();
        }

        String email() {
            return username + "@agency.example";
        }
    }

    private static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Test
    void anUrgentAlertIsPlannedOnceForEachSubscriberOfItsScopeAndForNobodyElse() throws SQLException {
        String agency = fresh("52440100A");
        Person wang = subscribed(Person.fresh("sup"), supervisorOf(agency), null);
        Person colleague = subscribed(Person.fresh("sup"), supervisorOf(agency), null);
        Person other = subscribed(Person.fresh("sup"), supervisorOf(fresh("52440100B")), null);
        Person noAddress = Person.fresh("sup");
        given().auth().oauth2(TestTokens.user(noAddress.username()).roles(Roles.AGENCY_SUPERVISOR)
                .claim(Caller.AGENCY_ID, agency).token()).when().get(PREFERENCES).then().statusCode(200);

        Notification alert = stored(AlertRule.REASSIGNMENT_NEEDED, Recipient.supervisorOf(agency), Severity.URGENT);

        assertEquals(1, planned(alert, wang));
        assertEquals(1, planned(alert, colleague));
        assertEquals(0, planned(alert, other), "another agency's supervisor");
        assertEquals(0, planned(alert, noAddress), "no address, none in the token either");
        assertEquals(2, plannedInAll(alert));
    }

    @Test
    void aNonUrgentRuleGoesByEmailOnlyWhenChosenAndAnExplicitNoWins() throws SQLException {
        String office = fresh("JO-");
        Person zhao = subscribed(Person.fresh("jo"), officerOf(office), null);

        Notification unchosen = stored(AlertRule.TURNED_18, Recipient.officerOf(office), Severity.INFO);
        assertEquals(0, planned(unchosen, zhao), "INFO is off by default");

        subscribed(zhao, officerOf(office), "{\"rules\": {\"turned-18\": {\"email\": true}, "
                + "\"visit-missed-twice\": {\"email\": false}}}");
        Notification chosen = stored(AlertRule.TURNED_18, Recipient.officerOf(office), Severity.INFO);
        Notification refused = stored(AlertRule.VISIT_MISSED_TWICE, Recipient.officerOf(office), Severity.URGENT);
        Notification urgent = stored(AlertRule.RISK_HIGH, Recipient.officerOf(office), Severity.URGENT);

        assertEquals(1, planned(chosen, zhao));
        assertEquals(0, planned(refused, zhao), "URGENT, but switched off");
        assertEquals(1, planned(urgent, zhao));
    }

    @Test
    void anAlertForARoleAsAWholeOrForOnePersonReachesThem() throws SQLException {
        Person huang = subscribed(Person.fresh("proc"),
                new Scoped(Roles.PROCUREMENT_OFFICER, Caller.DEPARTMENT_CODE, fresh("DP-")),
                "{\"rules\": {\"provider-registered\": {\"email\": true}}}");
        Person li = subscribed(Person.fresh("sw"), new Scoped(Roles.SOCIAL_WORKER, Caller.WORKER_ID, fresh("W")), null);

        Notification everyone = stored(AlertRule.PROVIDER_REGISTERED,
                Recipient.everyone(Roles.PROCUREMENT_OFFICER), Severity.INFO);
        Notification forLi = Notification.forRole(AlertRule.RISK_HIGH.key(), UUID.randomUUID(), null,
                Severity.URGENT, "t", "b", "REF", Instant.now());
        forLi.recipientSubject = li.subject();
        QuarkusTransaction.requiringNew().run(() -> deliveries.store(forLi));

        assertEquals(1, planned(everyone, huang), "every procurement officer, whatever the department");
        assertEquals(1, planned(forLi, li));
        assertEquals(1, plannedInAll(forLi));
    }

    @Test
    void theScopeOfTheLastCallDecides() throws SQLException {
        String first = fresh("52440100C");
        String second = fresh("52440100D");
        Person wang = subscribed(Person.fresh("sup"), supervisorOf(first), null);
        subscribed(wang, supervisorOf(second), null);

        assertEquals(0, planned(stored(AlertRule.RISK_HIGH, Recipient.supervisorOf(first), Severity.URGENT), wang),
                "no longer the first agency's supervisor");
        assertEquals(1, planned(stored(AlertRule.RISK_HIGH, Recipient.supervisorOf(second), Severity.URGENT), wang));
    }

    @Test
    void quietHoursHoldAWarningUntilTheyEndButNeverAnUrgentAlert() throws SQLException {
        String agency = fresh("52440100Q");
        // quiet since an hour ago until an hour from now, in UTC (across midnight when now is near it)
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        LocalTime start = now.minusHours(1).toLocalTime();
        LocalTime end = now.plusHours(1).plusMinutes(1).toLocalTime();
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        Person wang = subscribed(Person.fresh("sup"), supervisorOf(agency), """
                {"quietHours": {"start": "%s", "end": "%s", "zone": "UTC"},
                 "rules": {"capacity-exceeded": {"email": true}}}""".formatted(hhmm.format(start), hhmm.format(end)));
        Instant before = Instant.now();

        Notification warning = stored(AlertRule.CAPACITY_EXCEEDED, Recipient.supervisorOf(agency), Severity.WARNING);
        Notification urgent = stored(AlertRule.REASSIGNMENT_NEEDED, Recipient.supervisorOf(agency), Severity.URGENT);

        assertEquals(now.plusHours(1).plusMinutes(1).toInstant(), notBefore(warning, wang));
        Instant urgentDue = notBefore(urgent, wang);
        assertFalse(urgentDue.isBefore(before.minusSeconds(1)));
        assertTrue(urgentDue.isBefore(Instant.now().plusSeconds(1)), "due at once: " + urgentDue);
    }

    @Test
    void aChoiceMadeOnAnotherReplicaReachesThePlansAsItsNotifyArrives() throws SQLException {
        String office = fresh("JO-");
        Person zhao = subscribed(Person.fresh("jo"), officerOf(office), null);
        // who takes turned-18 in this office is now known to this replica: nobody (INFO is off by default)
        assertEquals(0, planned(stored(AlertRule.TURNED_18, Recipient.officerOf(office), Severity.INFO), zhao));

        // the row another replica's preferences endpoint would write: only the table's NOTIFY tells this replica
        try (Connection db = dataSource.getConnection(); PreparedStatement choose = db.prepareStatement(
                "insert into subscription (subject, rule, email) values (?, 'turned-18', true)")) {
            choose.setString(1, zhao.subject());
            choose.executeUpdate();
        }

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                planned(stored(AlertRule.TURNED_18, Recipient.officerOf(office), Severity.INFO), zhao) == 1);
    }

    @Test
    void aSubscriberNotSeenForLongerThanTheirRolesCountIsMailedNoMoreUntilTheyCallAgain() throws SQLException {
        String agency = fresh("52440100S");
        Person wang = subscribed(Person.fresh("sup"), supervisorOf(agency), null);
        assertEquals(1, planned(stored(AlertRule.REASSIGNMENT_NEEDED, Recipient.supervisorOf(agency),
                Severity.URGENT), wang));

        // their last call 31 days ago (roles count for 30 by default): moved or left, their token no longer says
        try (Connection db = dataSource.getConnection(); PreparedStatement age = db.prepareStatement(
                "update subscriber set updated_at = now() - interval '31 days' where subject = ?")) {
            age.setString(1, wang.subject());
            age.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> planned(
                stored(AlertRule.REASSIGNMENT_NEEDED, Recipient.supervisorOf(agency), Severity.URGENT), wang) == 0);

        subscribed(wang, supervisorOf(agency), null);
        assertEquals(1, planned(stored(AlertRule.REASSIGNMENT_NEEDED, Recipient.supervisorOf(agency),
                Severity.URGENT), wang), "their call confirmed the role again");
    }

    /** A role with the scope claim the token carries for it. */
    private record Scoped(String role, String claim, String scope) {
    }

    private static Scoped supervisorOf(String agency) {
        return new Scoped(Roles.AGENCY_SUPERVISOR, Caller.AGENCY_ID, agency);
    }

    private static Scoped officerOf(String office) {
        return new Scoped(Roles.JUDICIAL_OFFICER, Caller.OFFICE_CODE, office);
    }

    /**
     * {@code person} calls the preferences endpoint with a token of the role and its scope and their e-mail claim:
     * GET, or PUT {@code preferences} when given.
     */
    private static Person subscribed(Person person, Scoped scoped, String preferences) {
        String token = TestTokens.user(person.username()).roles(scoped.role()).claim(scoped.claim(), scoped.scope())
                .claim("email", person.email()).token();
        if (preferences == null) {
            given().auth().oauth2(token).when().get(PREFERENCES).then().statusCode(200);
        } else {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(preferences)
                    .when().put(PREFERENCES).then().statusCode(200);
        }
        return person;
    }

    /** An alert of {@code rule} to {@code recipient}, stored as a rule stores it. */
    private Notification stored(AlertRule rule, Recipient recipient, Severity severity) {
        Notification alert = Notification.forRecipient(rule.key(), UUID.randomUUID(), recipient, severity, "t", "b",
                "REF", Instant.now());
        QuarkusTransaction.requiringNew().run(() -> deliveries.store(alert));
        return alert;
    }

    private long planned(Notification alert, Person person) throws SQLException {
        return count(dataSource,
                "select count(*) from delivery where notification_id = ? and channel = 'EMAIL' and recipient = ?",
                alert.id, person.subject());
    }

    private long plannedInAll(Notification alert) throws SQLException {
        return count(dataSource,
                "select count(*) from delivery where notification_id = ? and channel = 'EMAIL'", alert.id);
    }

    private Instant notBefore(Notification alert, Person person) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select not_before from delivery where notification_id = ? and channel = 'EMAIL' and recipient = ?")) {
            query.setObject(1, alert.id);
            query.setString(2, person.subject());
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a delivery planned");
                return rows.getTimestamp(1).toInstant();
            }
        }
    }
}
