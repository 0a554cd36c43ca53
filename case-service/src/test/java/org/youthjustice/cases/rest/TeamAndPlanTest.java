package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.appointed;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;
import static org.youthjustice.cases.LedCases.activeCaseLedBy;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.cases.LedCases.otherWorker;
import static org.youthjustice.platform.testing.SqlRows.text;

@QuarkusTest
class TeamAndPlanTest {

    private static final String GUARDIAN = "王建国";
    private static final String GUARDIAN_PHONE = "13987654321";
    private static final String GOAL = "Back at school with 李老师's class";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> member(String role, String workerId, String name, String phone) {
        Map<String, Object> member = new HashMap<>();
        member.put("role", role);
        member.put("workerId", workerId);
        member.put("name", name);
        member.put("phone", phone);
        return member;
    }

    private static Map<String, Object> team(Map<String, Object>... members) {
        return Map.of("members", List.of(members));
    }

    private static Map<String, Object> goal(String title, int progress, String status) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", title);
        goal.put("area", "EDUCATION");
        goal.put("targetDate", "2027-03-01");
        goal.put("progress", progress);
        goal.put("status", status);
        return goal;
    }

    @Test
    void theLeadWorkerSetsTheTeamSeesItsContactsAndOthersSeeThemMasked() {
        String office = freshOffice();
        String reference = activeCaseLedByLead(dataSource, office);
        String path = "/cases/" + reference + "/team";
        Map<String, Object> body = team(member("WORKER", "W0002", null, null),
                member("GUARDIAN", null, GUARDIAN, GUARDIAN_PHONE));

        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .when().put(path).then().statusCode(200).body("role", contains("WORKER", "GUARDIAN"))
                .body("[1].name", equalTo(GUARDIAN)).body("[1].phone", equalTo(GUARDIAN_PHONE));
        given().auth().oauth2(socialWorker()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                .when().put(path).then().statusCode(200);
        given().auth().oauth2(supervisor()).when().get(path).then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].workerId", equalTo("W0002"))
                .body("[1].name", equalTo("王*国")).body("[1].phone", equalTo("139****4321"));
        String stored = text(dataSource, "select string_agg(coalesce(t.name_cipher, '') || "
                + "coalesce(t.phone_cipher, ''), ',') from case_team_member t join juvenile_case c on c.id = t.case_id"
                + " where c.reference = ?", reference);
        assertFalse(stored.contains(GUARDIAN) || stored.contains(GUARDIAN_PHONE), "names are encrypted at rest");

        given().auth().oauth2(courtOfficer(freshCourt())).when().get(path).then().statusCode(403);
        given().auth().oauth2(auditor()).when().get(path).then().statusCode(403);
        given().auth().oauth2(supervisor()).header("If-Match", "\"2\"").contentType(ContentType.JSON).body(body)
                .when().put(path).then().statusCode(403);
        given().auth().oauth2(otherWorker()).header("If-Match", "\"2\"").contentType(ContentType.JSON).body(body)
                .when().put(path).then().statusCode(404);
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get(path).then().statusCode(404);
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void anInconsistentTeamNamesTheMemberAndChangesNothing() {
        String reference = activeCaseLedByLead(dataSource, freshOffice());
        String path = "/cases/" + reference + "/team";

        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(team(member("GUARDIAN", "W0002", null, null)))
                .when().put(path).then().statusCode(400)
                .body("errors.field", hasItem("members[0].name")).body("errors.field", hasItem("members[0].workerId"));
        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(team(member("WORKER", "W0002", null, null), member("SCHOOL_CONTACT", null, "李老师", "12")))
                .when().put(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).when().get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("size()", equalTo(0));
    }

    @Test
    void aTeamWorkerCannotBeALayAssessorOfTheCase() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = activeCaseLedBy(dataSource, court, office, correction(office), "W0001");
        appointed(court, "W0109", "W0110");
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(team(member("WORKER", "W0109", null, null))).when().put("/cases/" + reference + "/team")
                .then().statusCode(200);

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(Map.of("courtCode", court, "scheduledAt", Instant.now().plus(3, ChronoUnit.DAYS).toString(),
                        "assessorWorkerIds", List.of("W0109", "W0110")))
                .when().post("/cases/" + reference + "/hearings")
                .then().statusCode(422).body("conflictingWorkerIds", contains("W0109"));
    }

    @Test
    void thePlanIsWrittenWithIfMatchAndItsGoalsKeepTheirProgress() {
        String office = freshOffice();
        String reference = activeCaseLedByLead(dataSource, office);
        String path = "/cases/" + reference + "/plan";

        given().auth().oauth2(socialWorker()).when().get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("version", equalTo(0)).body("goals.size()", equalTo(0));
        Map<String, Object> first = Map.of("goals", List.of(goal(GOAL, 0, "OPEN")));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(first).when().put(path)
                .then().statusCode(428);
        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(first)
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"").body("goals[0].title", equalTo(GOAL));

        Map<String, Object> progressed = Map.of("goals", List.of(goal(GOAL, 60, "OPEN"),
                goal("Finds a part-time job", 0, "OPEN")));
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(progressed).when().put(path).then().statusCode(412);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(progressed).when().put(path).then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(supervisor()).when().get(path).then().statusCode(200)
                .body("goals.progress", contains(60, 0)).body("goals.status", contains("OPEN", "OPEN"));
        assertFalse(text(dataSource, "select string_agg(title_cipher, ',') from case_plan_goal g join juvenile_case c"
                + " on c.id = g.case_id where c.reference = ?", reference).contains("李老师"));

        given().auth().oauth2(socialWorker()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("goals", List.of(goal(GOAL, 101, "OPEN")))).when().put(path)
                .then().statusCode(400).body("errors.field", hasItem("goals[0].progress"));
        given().auth().oauth2(courtOfficer(freshCourt())).when().get(path).then().statusCode(403);
        given().auth().oauth2(auditor()).when().get(path).then().statusCode(403);
        given().auth().oauth2(supervisor()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(progressed).when().put(path).then().statusCode(403);
        given().auth().oauth2(otherWorker()).when().get(path).then().statusCode(404);
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(admin()).when().get(path).then().body("version", equalTo(2));
    }

    @Test
    void theTeamIsSetWithIfMatchSoThatTwoEditorsNeverLoseAChange() {
        String office = freshOffice();
        String reference = activeCaseLedByLead(dataSource, office);
        String path = "/cases/" + reference + "/team";
        Map<String, Object> guardian = team(member("GUARDIAN", null, GUARDIAN, GUARDIAN_PHONE));
        Map<String, Object> officer = team(member("OFFICER", null, "刘警官", "13711112222"));

        given().auth().oauth2(socialWorker()).when().get(path).then().statusCode(200).header("ETag", "\"0\"");
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(guardian).when().put(path)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(guardian)
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"");

        // the officer read the team before the worker's change: theirs would silently drop the guardian
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(officer).when().put(path).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(judicialOfficer(office)).when().get(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("role", contains("GUARDIAN"));

        String fresh = given().auth().oauth2(judicialOfficer(office)).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", fresh).contentType(ContentType.JSON)
                .body(team(member("GUARDIAN", null, GUARDIAN, GUARDIAN_PHONE),
                        member("OFFICER", null, "刘警官", "13711112222")))
                .when().put(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("role", contains("GUARDIAN", "OFFICER"));
        given().auth().oauth2(socialWorker()).when().get(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("role", contains("GUARDIAN", "OFFICER"));
    }
}
