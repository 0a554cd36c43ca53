package org.youthjustice.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.SqlStatements;
import org.youthjustice.platform.testing.SqlStatements.Statement;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.messaging.EventEnvelope;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What storing an alert costs in statements, as the event-to-alert benchmark raises them: lead swaps between two
 * workers, one of whom takes case-assigned by e-mail (as the demo's sw.li does). Once the e-mail subscribers and the
 * webhooks of a recipient are known, an alert costs its own rows (the alert, its planned e-mail) and the directory's
 * upsert of the case, whether each event has its transaction (as a lone record has) or a batch shares one: 2.5
 * statements an alert, where it took 7.5 (a look-up of the worker's agency in two tables, which the assignment alert
 * does not need; the e-mail subscribers and the webhooks; the lead worker in a second statement).
 */
@QuarkusTest
class AlertStatementsTest {

    private static final EventExamples CASES = EventExamples.of("case-service");

    /** A look-up of who takes an alert beyond the inbox: e-mail subscribers, webhooks. */
    private static final Predicate<Statement> LOOKUP = selectFrom("subscriber").or(selectFrom("webhook"));

    @Inject
    AlertRules rules;

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    @Test
    void anAssignmentAlertCostsItsOwnRowsOnceItsRecipientsAreKnown() {
        String office = "JO-S" + fresh();
        String agency = "52440100STM" + fresh().substring(0, 7);
        String li = "WS" + fresh();
        String chen = "WS" + fresh();
        given().auth().oauth2(TestTokens.user("sw.li-" + li).roles(Roles.SOCIAL_WORKER).claim(Caller.WORKER_ID, li)
                        .claim("email", li.toLowerCase() + "@agency.example").token())
                .contentType(ContentType.JSON).body("{\"rules\": {\"case-assigned\": {\"email\": true}}}")
                .when().put("/notification-preferences/me").then().statusCode(200);
        List<String> cases = List.of("GZ-S-" + fresh(), "GZ-S-" + fresh(), "GZ-S-" + fresh(), "GZ-S-" + fresh());
        Instant start = Instant.now();
        AtomicInteger swapped = new AtomicInteger();
        // sw.li's swaps and sw.chen's, in turn
        Supplier<EventEnvelope> swap = () -> {
            int i = swapped.getAndIncrement();
            return assigned(cases.get(i % cases.size()), office, i % 2 == 0 ? li : chen, agency, start.plusSeconds(i));
        };

        // the first alerts of each recipient look their e-mail subscribers and webhooks up; from then on (once the
        // listener that tells of their changes is connected, a moment after the start) they are known
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<EventEnvelope> both = List.of(swap.get(), swap.get());
            return SqlStatements.count(SqlStatements.onThisThread(() -> QuarkusTransaction.requiringNew().run(() ->
                    both.forEach(rules::apply))), LOOKUP) == 0;
        });
        List<EventEnvelope> ten = Stream.generate(swap).limit(10).toList();
        List<Statement> oneEach = SqlStatements.onThisThread(() -> ten.forEach(event ->
                QuarkusTransaction.requiringNew().run(() -> rules.apply(event))));
        List<EventEnvelope> tenMore = Stream.generate(swap).limit(10).toList();
        List<Statement> oneBatch = SqlStatements.onThisThread(() -> QuarkusTransaction.requiringNew().run(() ->
                tenMore.forEach(rules::apply)));

        for (List<Statement> statements : List.of(oneEach, oneBatch)) {
            String shown = breakdown(statements);
            assertEquals(10, SqlStatements.count(statements, insertInto("notification")), shown);
            assertEquals(5, SqlStatements.count(statements, insertInto("delivery")), "sw.li's e-mails: " + shown);
            assertEquals(10, SqlStatements.count(statements, insertInto("directory_case")),
                    "one upsert of the case and its lead worker an event: " + shown);
            assertEquals(0, SqlStatements.count(statements, selectFrom("directory_")),
                    "an assignment names its worker and agency: nothing to look up; " + shown);
            // a change of preferences or webhooks (the one above, on its way back from the database's NOTIFY) may
            // make each recipient look them up once more
            long lookups = SqlStatements.count(statements, LOOKUP);
            assertTrue(lookups <= 4, "e-mail subscribers and webhooks known: " + shown);
            assertEquals(25, statements.size() - lookups, "nothing but the rows of the alerts: " + shown);
        }
    }

    private static EventEnvelope assigned(String reference, String office, String worker, String agency,
            Instant at) {
        ObjectNode event = CASES.load("case.assigned", 1).put("id", UUID.randomUUID().toString())
                .put("subject", reference).put("time", at.toString());
        ((ObjectNode) event.get("data")).put("reference", reference).put("officeCode", office)
                .put("workerId", worker).put("agencyId", agency);
        return EventEnvelope.parse(event.toString());
    }

    private static Predicate<Statement> insertInto(String table) {
        return statement -> statement.sql().toLowerCase().startsWith("insert into " + table + " ");
    }

    private static Predicate<Statement> selectFrom(String table) {
        return statement -> statement.sql().toLowerCase().startsWith("select")
                && statement.mentions(" from " + table);
    }

    /** The statements by their first 60 characters, with how often each ran. */
    private static String breakdown(List<Statement> statements) {
        Map<String, Long> byShape = statements.stream().collect(Collectors.groupingBy(
                statement -> statement.sql().replaceAll("\\s+", " ").substring(0,
                        Math.min(60, statement.sql().replaceAll("\\s+", " ").length())),
                TreeMap::new, Collectors.counting()));
        return statements.size() + " statements: " + byShape;
    }
}
