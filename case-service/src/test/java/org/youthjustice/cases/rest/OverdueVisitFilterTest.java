package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.service.MissedVisitDetector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.cases.LedCases.execute;
import static org.youthjustice.cases.LedCases.move;
import static org.youthjustice.cases.rest.RiskAssessmentTest.assessment;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;
import static org.youthjustice.cases.rest.VisitTest.visit;

/**
 * {@code GET /cases?overdueVisits=true|false}: a case is overdue from the day after its scheduled visit's due day, or
 * once a visit was missed until a visit is recorded after the miss; the day is kept on the case (V36) by every change
 * of its visits.
 */
@QuarkusTest
class OverdueVisitFilterTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MissedVisitDetector detector;

    /** An ACTIVE case of the office led by W0001, assessed MEDIUM: its visit is scheduled 14 days ahead. */
    private String assessedCase(String office) {
        String reference = activeCaseLedByLead(dataSource, office);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(assessment("MEDIUM"))
                .when().post("/cases/" + reference + "/risk-assessments").then().statusCode(201);
        return reference;
    }

    /**
     * The case's scheduled visit falls due on {@code day}, as if it had been scheduled for that day: the test cannot
     * wait for days to pass, so it moves the due day and recounts the case as scheduling a visit does.
     */
    private void scheduledVisitDueOn(String reference, LocalDate day) {
        execute(dataSource, "update case_visit set due_on = date '" + day + "' where status = 'SCHEDULED' and case_id"
                + " = (select id from juvenile_case where reference = '" + reference + "')");
        QuarkusTransaction.requiringNew().run(() -> JuvenileCase.<JuvenileCase>find("reference", reference)
                .firstResult().visitsChanged());
    }

    private static int scheduledVisitId(String reference) {
        return given().auth().oauth2(socialWorker()).when().get("/cases/" + reference + "/visits?status=SCHEDULED")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
    }

    private static void recordVisit(String reference) {
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(visit(Instant.now().minus(5, ChronoUnit.MINUTES), "HOME"))
                .when().post("/cases/" + reference + "/visits").then().statusCode(201);
    }

    private static void assertOverdue(String office, String... references) {
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases?overdueVisits=true")
                .then().statusCode(200).body("items.reference", containsInAnyOrder((Object[]) references))
                .body("total", equalTo(references.length));
    }

    private static void assertNotOverdue(String office, String... references) {
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases?overdueVisits=false")
                .then().statusCode(200).body("items.reference", containsInAnyOrder((Object[]) references));
    }

    @Test
    void aScheduledVisitIsOverdueFromTheDayAfterItsDueDayUntilItIsRecorded() {
        String office = freshOffice();
        String dueYesterday = assessedCase(office);
        String dueToday = assessedCase(office);
        String dueLater = assessedCase(office);
        scheduledVisitDueOn(dueYesterday, today().minusDays(1));
        scheduledVisitDueOn(dueToday, today());

        assertOverdue(office, dueYesterday);
        assertNotOverdue(office, dueToday, dueLater);

        String etag = etagOf(dueYesterday);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(visit(Instant.now().minus(1, ChronoUnit.HOURS), "HOME"))
                .when().put("/cases/" + dueYesterday + "/visits/" + scheduledVisitId(dueYesterday))
                .then().statusCode(200);

        assertOverdue(office);
        assertNotOverdue(office, dueYesterday, dueToday, dueLater);
        assertEquals(etag, etagOf(dueYesterday), "a visit does not change the case's version");
    }

    @Test
    void aMissedVisitKeepsTheCaseOverdueUntilAVisitIsRecordedAfterTheMiss() {
        String office = freshOffice();
        String missed = assessedCase(office);
        scheduledVisitDueOn(missed, today().minusDays(2));
        // a visit recorded before the miss does not make up for it
        String visitedBefore = assessedCase(office);
        recordVisit(visitedBefore);
        scheduledVisitDueOn(visitedBefore, today().minusDays(2));
        String onTime = assessedCase(office);

        detector.detect();

        // each has a new visit scheduled in 14 days; the miss still counts
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + missed + "/visits")
                .then().statusCode(200).body("items.status", containsInAnyOrder("SCHEDULED", "MISSED"));
        assertOverdue(office, missed, visitedBefore);
        assertNotOverdue(office, onTime);

        recordVisit(missed);

        assertOverdue(office, visitedBefore);
        assertNotOverdue(office, missed, onTime);

        recordVisit(visitedBefore);

        assertOverdue(office);
    }

    @Test
    void aLateVisitNobodyWillMakeNoLongerCounts() {
        String office = freshOffice();
        String closed = assessedCase(office);
        scheduledVisitDueOn(closed, today().minusDays(1));
        String suspended = assessedCase(office);
        scheduledVisitDueOn(suspended, today().minusDays(1));
        assertOverdue(office, closed, suspended);

        // closing cancels the open visit; the missed-visit check cancels the late visit of a suspended case
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(closed)).contentType(ContentType.JSON)
                .body(Map.of("to", "CLOSED", "reason", "Period served", "closureReason", "COMPLETED"))
                .when().post("/cases/" + closed + "/transitions").then().statusCode(200);
        move(office, suspended, "SUSPENDED");
        assertOverdue(office, suspended);
        detector.detect();

        assertOverdue(office);
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + suspended + "/visits")
                .then().statusCode(200).body("items.status", containsInAnyOrder("CANCELLED"));
    }

    @Test
    void courtOfficersCannotFilterByVisitsAndAnInvalidValueIsNamed() {
        given().auth().oauth2(courtOfficer(freshCourt())).when().get("/cases?overdueVisits=true")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get("/cases?overdueVisits=soon")
                .then().statusCode(400).body("errors.field", hasItem("overdueVisits"));
    }
}
