package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.service.MissedVisitDetector;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.cases.LedCases.execute;
import static org.youthjustice.cases.rest.RiskAssessmentTest.assessment;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;
import static org.youthjustice.cases.rest.VisitTest.visit;

@QuarkusTest
class OverdueVisitFilterTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MissedVisitDetector detector;

    private String assessedCase(String office) {
        String reference = activeCaseLedByLead(dataSource, office);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(assessment("MEDIUM"))
                .when().post("/cases/" + reference + "/risk-assessments").then().statusCode(201);
        return reference;
    }

    private void dueTwoDaysAgo(String reference) {
        execute(dataSource, "update case_visit set due_on = date '" + today().minusDays(2) + "' where status = "
                + "'SCHEDULED' and case_id = (select id from juvenile_case where reference = '" + reference + "')");
    }

    @Test
    void theListFiltersCasesWithLateVisitsUntilAVisitIsRecorded() {
        String office = freshOffice();
        String onTime = assessedCase(office);
        String late = assessedCase(office);
        String missed = assessedCase(office);
        dueTwoDaysAgo(missed);
        detector.detect();
        dueTwoDaysAgo(late);

        given().auth().oauth2(judicialOfficer(office)).when().get("/cases?overdueVisits=true")
                .then().statusCode(200).body("items.reference", containsInAnyOrder(late, missed));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases?overdueVisits=false")
                .then().statusCode(200).body("items.reference", containsInAnyOrder(onTime));

        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(visit(Instant.now().minus(5, ChronoUnit.MINUTES), "HOME"))
                .when().post("/cases/" + missed + "/visits").then().statusCode(201);
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases?overdueVisits=true")
                .then().statusCode(200).body("items.reference", containsInAnyOrder(late))
                .body("total", equalTo(1));
    }

    @Test
    void courtOfficersCannotFilterByVisitsAndAnInvalidValueIsNamed() {
        given().auth().oauth2(courtOfficer(freshCourt())).when().get("/cases?overdueVisits=true")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get("/cases?overdueVisits=soon")
                .then().statusCode(400).body("errors.field", hasItem("overdueVisits"));
    }
}
