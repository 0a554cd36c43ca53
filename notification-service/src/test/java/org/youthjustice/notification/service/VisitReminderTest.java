package org.youthjustice.notification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The visit-reminder rule with case-service's example of visit.scheduled (fresh references, visit ids and days far
 * from today, so that the job's own runs by the real clock never touch them), every event delivered twice, and the job
 * run for chosen days as the clock would: the day before the due day reminds the lead worker once, whatever the runs.
 */
@QuarkusTest
class VisitReminderTest {

    private static final EventExamples CASES = EventExamples.of("case-service");
    private static final EventPublisher CASE_TOPIC = EventPublisher.to("cases.v1");

    @Inject
    VisitReminders reminders;

    @Inject
    DataSource dataSource;

    /** A case, its lead worker and office, and a day its visits are due, all fresh for one test. */
    private record Scene(String reference, String worker, String office, LocalDate dueOn) {

        static Scene fresh() {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
            int digits = ThreadLocalRandom.current().nextInt(100_000, 999_999);
            LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
            return new Scene("GZ-2026-" + digits, "W" + digits, "JO-R" + id, day);
        }
    }

    @AfterAll
    static void closePublisher() {
        CASE_TOPIC.close();
    }

    @Test
    void theLeadWorkerIsRemindedOnceTheDayBeforeTheDueDay() {
        Scene scene = Scene.fresh();
        long visit = visitId();
        deliver(scene, scheduled(scene, visit, scene.dueOn(), scene.worker(), "2026-11-27T08:05:00Z"));

        reminders.remind(scene.dueOn().minusDays(2));
        assertEquals(0, reminders(worker(scene.worker()), scene.reference()).size(), "two days before: not yet");

        reminders.remind(scene.dueOn().minusDays(1));
        reminders.remind(scene.dueOn().minusDays(1));
        List<Map<String, Object>> alerts = reminders(worker(scene.worker()), scene.reference());
        assertEquals(1, alerts.size(), "once, however often the job runs");
        Map<String, Object> alert = alerts.get(0);
        assertEquals("INFO", alert.get("severity"));
        assertEquals("Visit " + visit + " of case " + scene.reference() + " is due tomorrow", alert.get("title"));
        assertTrue(((String) alert.get("body")).endsWith("/api/cases/" + scene.reference()), (String) alert.get("body"));
        assertTrue(((String) alert.get("body")).contains(scene.dueOn().toString()));
        assertEquals(0, reminders(worker("W" + visitId()), scene.reference()).size(), "another worker's inbox");
        assertEquals(0, reminders(officer(scene.office()), scene.reference()).size(), "the worker's only");
    }

    @Test
    void aVisitCompletedOrMissedBeforeIsNotReminded() {
        Scene scene = Scene.fresh();
        long completed = visitId();
        deliver(scene, scheduled(scene, completed, scene.dueOn(), scene.worker(), "2026-11-27T08:05:00Z"));
        ObjectNode done = event(scene, "visit.completed");
        data(done).put("visitId", completed).put("completedAt", "2026-11-28T02:30:00Z");
        deliver(scene, done);
        reminders.remind(scene.dueOn().minusDays(1));
        assertEquals(0, reminders(worker(scene.worker()), scene.reference()).size(), "completed early");

        Scene other = Scene.fresh();
        long missed = visitId();
        ObjectNode gone = event(other, "visit.missed");
        data(gone).put("visitId", missed).put("dueOn", other.dueOn().toString());
        deliver(other, gone);
        deliver(other, scheduled(other, missed, other.dueOn(), other.worker(), "2026-11-27T08:05:00Z"));
        reminders.remind(other.dueOn().minusDays(1));
        assertEquals(0, reminders(worker(other.worker()), other.reference()).size(),
                "missed, whatever order the events came in");
    }

    @Test
    void aVisitReplacedByALaterOneOrOfAClosedCaseIsNotReminded() {
        Scene scene = Scene.fresh();
        long first = visitId();
        long second = visitId();
        LocalDate later = scene.dueOn().plusDays(7);
        deliver(scene, scheduled(scene, first, scene.dueOn(), scene.worker(), "2026-11-27T08:05:00Z"));
        deliver(scene, scheduled(scene, second, later, scene.worker(), "2026-11-28T08:05:00Z"));
        reminders.remind(scene.dueOn().minusDays(1));
        assertEquals(0, reminders(worker(scene.worker()), scene.reference()).size(), "replaced by the later visit");
        reminders.remind(later.minusDays(1));
        assertEquals(1, reminders(worker(scene.worker()), scene.reference()).size(), "the later visit is reminded");

        Scene closed = Scene.fresh();
        deliver(closed, scheduled(closed, visitId(), closed.dueOn(), closed.worker(), "2026-11-27T08:05:00Z"));
        ObjectNode closure = event(closed, "case.closed");
        closure.put("time", "2026-11-29T08:00:00Z");
        deliver(closed, closure);
        reminders.remind(closed.dueOn().minusDays(1));
        assertEquals(0, reminders(worker(closed.worker()), closed.reference()).size(), "the case was closed");
    }

    @Test
    void theLatestEventOfAVisitSaysWhichWorkerIsReminded() {
        Scene scene = Scene.fresh();
        String newLead = "W" + visitId();
        long visit = visitId();
        deliver(scene, scheduled(scene, visit, scene.dueOn(), scene.worker(), "2026-11-27T08:05:00Z"));
        deliver(scene, scheduled(scene, visit, scene.dueOn(), newLead, "2026-11-28T08:05:00Z"));

        reminders.remind(scene.dueOn().minusDays(1));

        assertEquals(1, reminders(worker(newLead), scene.reference()).size());
        assertEquals(0, reminders(worker(scene.worker()), scene.reference()).size(), "no longer the lead");
    }

    private static long visitId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 999_999_999);
    }

    /** case-service's example of visit.scheduled, about the scene's case. */
    private static ObjectNode scheduled(Scene scene, long visitId, LocalDate dueOn, String workerId, String time) {
        ObjectNode event = event(scene, "visit.scheduled").put("time", time);
        data(event).put("visitId", visitId).put("dueOn", dueOn.toString()).put("workerId", workerId);
        return event;
    }

    private static ObjectNode event(Scene scene, String type) {
        ObjectNode event = CASES.load(type, 1).put("subject", scene.reference());
        ObjectNode data = data(event).put("reference", scene.reference()).put("officeCode", scene.office());
        if (data.has("workerId")) {
            data.put("workerId", scene.worker());
        }
        return event;
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    /** Delivers the event twice, then waits until a marker behind it on the same key was processed. */
    private void deliver(Scene scene, ObjectNode event) {
        CASE_TOPIC.publishTwice(scene.reference(), event);
        CASE_TOPIC.publishAndAwait(scene.reference(), event(scene, "case.status-changed"),
                ProcessedEvents.of(dataSource, "alerts"));
    }

    private static List<Map<String, Object>> reminders(String token, String reference) {
        return given().auth().oauth2(token).queryParam("rule", "visit-reminder").queryParam("subjectRef", reference)
                .when().get("/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static String worker(String workerId) {
        return TestTokens.user("sw.remind").roles(Roles.SOCIAL_WORKER).claim(Caller.WORKER_ID, workerId).token();
    }

    private static String officer(String office) {
        return TestTokens.user("jo.remind").roles(Roles.JUDICIAL_OFFICER).claim(Caller.OFFICE_CODE, office).token();
    }
}
