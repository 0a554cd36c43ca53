package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.youthjustice.platform.time.ServiceZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.youthjustice.cases.Fixtures.appointed;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.posted;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.AGENCY;
import static org.youthjustice.cases.LedCases.activeCaseLedBy;

/**
 * Lay assessors must be appointed at the hearing's court on its day (the replica of worker-service's
 * assessor.appointed), and the conflict rules hold whichever comes first: the hearing, a later assessor, the team or
 * the lead.
 */
@QuarkusTest
class LayAssessorTest {

    @Inject
    AgroalDataSource dataSource;

    private static Instant nextWeek() {
        return Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Map<String, Object> hearing(String court, Instant at, String... assessors) {
        return Map.of("courtCode", court, "scheduledAt", at.toString(), "assessorWorkerIds", List.of(assessors));
    }

    private static Map<String, Object> worker(String workerId) {
        Map<String, Object> member = new HashMap<>();
        member.put("role", "WORKER");
        member.put("workerId", workerId);
        return member;
    }

    @Test
    void aHearingSeatsOnlyAssessorsAppointedAtItsCourtOnItsDay() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = activeCaseLedBy(dataSource, court, office, correction(office), freshWorker());
        String path = "/cases/" + reference + "/hearings";
        Instant at = nextWeek();
        LocalDate day = ServiceZone.dayOf(at);
        String appointedHere = freshWorker();
        String termEndsThatDay = freshWorker();
        String elsewhere = freshWorker();
        String termOver = freshWorker();
        String termNotBegun = freshWorker();
        String neverAppointed = freshWorker();
        appointed(court, appointedHere);
        appointed(termEndsThatDay, court, day.minusYears(5).plusDays(1), day);
        appointed(freshCourt(), elsewhere);
        appointed(termOver, court, day.minusYears(5), day.minusDays(1));
        appointed(termNotBegun, court, day.plusDays(1), day.plusYears(5));

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, at, appointedHere, elsewhere, termOver, termNotBegun, neverAppointed))
                .when().post(path).then().statusCode(422).contentType("application/problem+json")
                .body("unappointedWorkerIds", contains(List.of(elsewhere, termOver, termNotBegun, neverAppointed)
                        .stream().sorted().toArray()))
                .body("errors.field", hasItem("assessorWorkerIds"))
                .body("errors.code", hasItem("not-appointed"));
        given().auth().oauth2(courtOfficer(court)).when().get(path).then().statusCode(200).body("size()", equalTo(0));

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, at, appointedHere, termEndsThatDay))
                .when().post(path).then().statusCode(201)
                .body("assessorWorkerIds", contains(List.of(appointedHere, termEndsThatDay).stream().sorted().toArray()));
    }

    @Test
    void anAssessorAddedLaterIsCheckedLikeTheFirst() {
        String court = freshCourt();
        String office = freshOffice();
        String lead = freshWorker();
        String reference = activeCaseLedBy(dataSource, court, office, correction(office), lead);
        String first = freshWorker();
        String second = freshWorker();
        String unappointed = freshWorker();
        appointed(court, lead, first, second);
        String path = "/cases/" + reference + "/hearings";
        long hearing = given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, nextWeek(), first)).when().post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String assessors = path + "/" + hearing + "/assessors";

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(Map.of("workerId", unappointed))
                .when().post(assessors).then().statusCode(422).contentType("application/problem+json")
                .body("unappointedWorkerIds", contains(unappointed)).body("errors.field", hasItem("workerId"));
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON).body(Map.of("workerId", lead))
                .when().post(assessors).then().statusCode(422).body("conflictingWorkerIds", contains(lead));
        given().auth().oauth2(courtOfficer(freshCourt())).contentType(ContentType.JSON)
                .body(Map.of("workerId", second)).when().post(assessors).then().statusCode(404);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(Map.of("workerId", second))
                .when().post(assessors).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("workerId", second)).when().post(assessors)
                .then().statusCode(401);
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(Map.of("workerId", "someone"))
                .when().post(assessors).then().statusCode(400).body("errors.field", hasItem("workerId"));
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(Map.of("workerId", second))
                .when().post(path + "/" + (hearing + 1_000_000) + "/assessors").then().statusCode(404);
        given().auth().oauth2(courtOfficer(court)).when().get(path).then().statusCode(200)
                .body("[0].assessorWorkerIds", contains(first));

        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(Map.of("workerId", second))
                    .when().post(assessors).then().statusCode(200)
                    .body("assessorWorkerIds", contains(List.of(first, second).stream().sorted().toArray()));
        }
    }

    @Test
    void aWorkerSittingOnAHearingToComeNeitherJoinsTheTeamNorLeadsTheCase() {
        String court = freshCourt();
        String office = freshOffice();
        String lead = freshWorker();
        String reference = activeCaseLedBy(dataSource, court, office, correction(office), lead);
        String assessor = freshWorker();
        String colleague = freshWorker();
        appointed(court, assessor);
        posted(assessor, AGENCY, office);
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, nextWeek(), assessor)).when().post("/cases/" + reference + "/hearings")
                .then().statusCode(201);

        String team = "/cases/" + reference + "/team";
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("members", List.of(worker(colleague), worker(assessor)))).when().put(team)
                .then().statusCode(422).contentType("application/problem+json")
                .body("conflictingWorkerIds", contains(assessor)).body("errors.field", hasItem("members"))
                .body(not(containsString(colleague)));
        given().auth().oauth2(judicialOfficer(office)).when().get(team).then().statusCode(200)
                .header("ETag", "\"0\"").body("size()", equalTo(0));

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("workerId", assessor, "reason", "Posted here"))
                .when().put("/cases/" + reference + "/assignment").then().statusCode(422)
                .body("conflictingWorkerIds", contains(assessor)).body("errors.field", hasItem("workerId"));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference).then().statusCode(200)
                .body("assignedWorkerId", equalTo(lead));

        given().auth().oauth2(judicialOfficer(office)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("members", List.of(worker(colleague)))).when().put(team).then().statusCode(200);
    }
}
