package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.time.ServiceZone;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.freshAgency;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;
import static org.youthjustice.cases.LedCases.AGENCY;
import static org.youthjustice.cases.LedCases.activeCaseLedBy;

/**
 * Free text (visit places and notes, service and risk notes, plan goal titles) per role: in clear for the case's lead
 * worker, withheld from everyone else's ordinary reads, given in full by an audited note reveal to the office and the
 * leading agency, refused (403, audited, bounded) to every other role and to machine clients.
 */
@QuarkusTest
class NoteDisclosureTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;


    private static final String PLACE = "广州市越秀区北京路100号";
    private static final String VISIT_NOTE = "Met the mother, 张大华; back at school";
    private static final String SERVICE_NOTE = "Second session with 李老师 on anger";
    private static final String RISK_NOTE = "Father (王建国) drinks again";
    private static final String GOAL = "Reconciles with 王建国 and moves home";
    private static final int BUDGET = ConfigProvider.getConfig()
            .getValue("yjs.case.reveal-refusals.budget", Integer.class);

    @Inject
    AgroalDataSource dataSource;

    /** An ACTIVE case of {@code court} and {@code office} led by {@code lead}, who wrote every kind of free text. */
    private String caseWithNotes(String court, String office, String lead) {
        String reference = activeCaseLedBy(dataSource, court, office, correction(office), lead);
        String token = socialWorker(lead, AGENCY);
        String path = "/cases/" + reference;
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("at", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "placeKind", "HOME",
                        "place", PLACE, "note", VISIT_NOTE))
                .when().post(path + "/visits").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "PSYCHOLOGICAL_SUPPORT", "minutes", 60,
                        "deliveredOn", LocalDate.now(ServiceZone.ZONE).toString(), "note", SERVICE_NOTE))
                .when().post(path + "/services").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("level", "HIGH", "factors", List.of("FAMILY_CONFLICT"), "note", RISK_NOTE))
                .when().post(path + "/risk-assessments").then().statusCode(201);
        given().auth().oauth2(token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("goals", List.of(Map.of("title", GOAL, "progress", 10, "status", "OPEN"))))
                .when().put(path + "/plan").then().statusCode(200);
        return reference;
    }

    private static int unique() {
        return ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    /** A person of {@code role} whom no other test is. */
    private static TestTokens person(String role) {
        return TestTokens.user(role + "." + unique()).roles(role);
    }

    private static String machineHolding(String workerId) {
        return TestTokens.client("partner-agency-" + unique()).roles(Roles.PARTNER_SYSTEM, Roles.SOCIAL_WORKER)
                .claim("worker_id", workerId).claim("agency_id", AGENCY).token();
    }

    private static ValidatableResponse reveal(String token, String reference, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/cases/" + reference + "/note-reveals").then();
    }

    private static ValidatableResponse trail(String reference, String action) {
        return given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("action", action)
                .when().get("/audit-events").then().statusCode(200);
    }

    @Test
    void theLeadWorkerReadsTheTextAndEveryoneElseGetsItWithheld() {
        String office = freshOffice();
        String lead = freshWorker();
        String reference = caseWithNotes(freshCourt(), office, lead);
        String path = "/cases/" + reference;

        String leadToken = socialWorker(lead, AGENCY);
        given().auth().oauth2(leadToken).when().get(path + "/visits").then().statusCode(200)
                .body("items.place", hasItem(PLACE)).body("items.note", hasItem(VISIT_NOTE))
                .body("items.withheld", hasItem(empty()));
        given().auth().oauth2(leadToken).when().get(path + "/services").then().statusCode(200)
                .body("items[0].note", equalTo(SERVICE_NOTE)).body("items[0].withheld", empty());
        given().auth().oauth2(leadToken).when().get(path + "/risk-assessments").then().statusCode(200)
                .body("items[0].note", equalTo(RISK_NOTE));
        given().auth().oauth2(leadToken).when().get(path + "/plan").then().statusCode(200)
                .body("goals[0].title", equalTo(GOAL)).body("goals[0].withheld", empty());

        for (String token : new String[] {supervisor(), judicialOfficer(office), admin(), machineHolding(lead)}) {
            given().auth().oauth2(token).when().get(path + "/visits").then().statusCode(200)
                    .body(not(containsString(VISIT_NOTE)), not(containsString(PLACE)))
                    .body("items.withheld", hasItem(List.of("place", "note")));
            given().auth().oauth2(token).when().get(path + "/services").then().statusCode(200)
                    .body("items[0].note", nullValue()).body("items[0].withheld", equalTo(List.of("note")))
                    .body("items[0].minutes", equalTo(60));
            given().auth().oauth2(token).when().get(path + "/risk-assessments").then().statusCode(200)
                    .body("items[0].note", nullValue()).body("items[0].withheld", equalTo(List.of("note")))
                    .body("items[0].level", equalTo("HIGH"));
            given().auth().oauth2(token).when().get(path + "/plan").then().statusCode(200)
                    .body("goals[0].title", nullValue()).body("goals[0].withheld", equalTo(List.of("title")))
                    .body("goals[0].progress", equalTo(10));
        }
    }

    @Test
    void theOfficeAndTheLeadingAgencyReadTheTextInFullAndEachReadIsAudited() {
        String office = freshOffice();
        String reference = caseWithNotes(freshCourt(), office, freshWorker());

        reveal(judicialOfficer(office), reference, Map.of("purpose", "CASE_HANDLING")).statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("parts", equalTo(List.of("VISITS", "SERVICES", "RISK_ASSESSMENTS", "PLAN")))
                .body("visits[0].place", equalTo(PLACE)).body("visits[0].note", equalTo(VISIT_NOTE))
                .body("services[0].note", equalTo(SERVICE_NOTE))
                .body("riskAssessments[0].note", equalTo(RISK_NOTE))
                .body("goals[0].title", equalTo(GOAL)).body("goals[0].position", equalTo(0));
        reveal(supervisor(), reference, Map.of("purpose", "SUPERVISION_REVIEW", "parts", List.of("RISK_ASSESSMENTS")))
                .statusCode(200).body("riskAssessments[0].note", equalTo(RISK_NOTE)).body("visits", nullValue())
                .body(not(containsString(VISIT_NOTE)));

        trail(reference, "NOTES_REVEALED").body("total", equalTo(2))
                .body("items.purpose", equalTo(List.of("SUPERVISION_REVIEW", "CASE_HANDLING")))
                .body("items.detail", equalTo(List.of("RISK_ASSESSMENTS", "VISITS,SERVICES,RISK_ASSESSMENTS,PLAN")))
                .body("items.actorUsername", equalTo(List.of("sup.wang", "jo.zhao")));

        reveal(judicialOfficer(office), reference, Map.of()).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("purpose"));
        reveal(judicialOfficer(office), reference, Map.of("purpose", "CURIOSITY")).statusCode(400)
                .body("errors.field", hasItem("purpose"));
        trail(reference, "NOTES_REVEALED").body("total", equalTo(2));
    }

    @Test
    void everyOtherRoleAndEveryMachineClientIsRefusedAndAudited() {
        String court = freshCourt();
        String office = freshOffice();
        String lead = freshWorker();
        String reference = caseWithNotes(court, office, lead);
        Map<String, Object> body = Map.of("purpose", "LEGAL_OBLIGATION");

        // callers of their own, so that refusals of other tests do not spend their budget
        for (String token : new String[] {person(Roles.ADMIN).token(),
                person(Roles.COURT_OFFICER).claim("court_code", court).token(), person(Roles.AUDITOR).token(),
                person(Roles.PROCUREMENT_OFFICER).token(), machineHolding(lead),
                TestTokens.client("partner-office-" + unique()).roles(Roles.PARTNER_SYSTEM, Roles.JUDICIAL_OFFICER)
                        .claim("office_code", office).token()}) {
            reveal(token, reference, body).statusCode(403).contentType("application/problem+json")
                    .body(not(containsString(RISK_NOTE)));
        }
        reveal(person(Roles.JUDICIAL_OFFICER).claim("office_code", freshOffice()).token(), reference, body)
                .statusCode(404);
        reveal(person(Roles.AGENCY_SUPERVISOR).claim("agency_id", freshAgency()).token(), reference, body)
                .statusCode(404);
        given().contentType(ContentType.JSON).body(body).when().post("/cases/" + reference + "/note-reveals")
                .then().statusCode(401);

        trail(reference, "NOTES_REVEAL_REFUSED").body("total", equalTo(8))
                .body("items.detail", hasItem("ROLE_NOT_ALLOWED")).body("items.detail", hasItem("MACHINE_CLIENT"))
                .body("items.detail", hasItem("OUT_OF_SCOPE"));
        trail(reference, "NOTES_REVEALED").body("total", equalTo(0));
    }

    @Test
    void aRefusedRoleIsThrottledLikeRefusedIdentityRevealsAndTheOfficeStillReads() {
        String auditor = person(Roles.AUDITOR).token();
        String office = freshOffice();
        String reference = caseWithNotes(freshCourt(), office, freshWorker());
        Map<String, Object> body = Map.of("purpose", "LEGAL_OBLIGATION");

        for (int i = 0; i < BUDGET; i++) {
            reveal(auditor, reference, body).statusCode(403);
        }
        reveal(auditor, reference, body).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"));
        // the budget is the one of identity reveals: the same caller is throttled there too
        given().auth().oauth2(auditor).contentType(ContentType.JSON).body(Map.of("purpose", "LEGAL_OBLIGATION"))
                .when().post("/cases/" + reference + "/identity-reveals").then().statusCode(429);

        trail(reference, "NOTES_REVEAL_REFUSED").body("total", equalTo(BUDGET));
        reveal(judicialOfficer(office), reference, body).statusCode(200).body("riskAssessments[0].note",
                equalTo(RISK_NOTE));
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("yjs_note_reveals_refused_total{rule=\"ROLE_NOT_ALLOWED\"}"));
    }
}
