package org.youthjustice.worker.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.CaseEvents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.worker.CaseEvents.assigned;
import static org.youthjustice.worker.CaseEvents.freshReference;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.courtOfficer;
import static org.youthjustice.worker.Fixtures.freshCourt;
import static org.youthjustice.worker.Fixtures.freshOffice;
import static org.youthjustice.worker.Fixtures.judicialOfficer;
import static org.youthjustice.worker.Fixtures.posted;
import static org.youthjustice.worker.Fixtures.posting;
import static org.youthjustice.worker.Fixtures.procurementOfficer;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.socialWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;

@QuarkusTest
class CaseloadResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TODAY = LocalDate.now(ServiceZone.ZONE).toString();

    private final CaseEvents cases = new CaseEvents();

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void closeProducer() {
        cases.close();
    }

    @Test
    void capacityIsTheRatioOfEachPostingTodayTimesItsFractionContractBeatingSiteBeatingTheDefault() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        // default 20 x 0.25 = 5, site of 15 x 0.2 = 3, contract of 18 at the site of 15 x 0.5 = 9
        posted(workerId, posting(freshOffice(), "JUDICIAL_OFFICE", TODAY, null, "0.25"));
        posted(workerId, posting("JO-999901-01", "JUDICIAL_OFFICE", TODAY, null, "0.2"));
        Map<String, Object> underContract = posting("CT-999901", "COURT", TODAY, null, "0.5");
        underContract.put("contractId", "CT-RATIO-18");
        posted(workerId, underContract);
        // a posting that starts tomorrow adds nothing today
        posted(workerId, posting(freshOffice(), "COMMUNITY", LocalDate.parse(TODAY).plusDays(1).toString(), null,
                "0.05"));

        given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload")
                .then().statusCode(200)
                .body("workerId", equalTo(workerId)).body("agencyId", equalTo(agency))
                .body("cases", equalTo(0)).body("weightedLoad", equalTo(0.0f)).body("capacity", equalTo(17.0f))
                .body("utilisationPercent", equalTo(0.0f)).body("caseReferences", equalTo(List.of()));
    }

    @Test
    void aWorkerWithoutAPostingTodayHasNoCapacityAndNoUtilisation() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload")
                .then().statusCode(200).body("capacity", equalTo(0.0f)).body("utilisationPercent", nullValue());
    }

    @Test
    void aWorkersCaseloadIsReadByTheWorkerTheirSupervisorAndAdminsAndIsNotFoundForOthers() {
        String agency = agency();
        String other = agency();
        String workerId = registeredWorker(agency);
        String colleague = registeredWorker(agency);
        String office = freshOffice();
        posted(workerId, posting(office, "JUDICIAL_OFFICE", TODAY, null, "0.5"));
        String path = "/workers/" + workerId + "/caseload";

        given().auth().oauth2(admin()).when().get(path).then().statusCode(200);
        given().auth().oauth2(supervisorOf(agency)).when().get(path).then().statusCode(200);
        given().auth().oauth2(socialWorker(workerId, agency)).when().get(path).then().statusCode(200);
        given().auth().oauth2(judicialOfficer(office)).when().get(path).then().statusCode(200);

        given().auth().oauth2(supervisorOf(other)).when().get(path).then().statusCode(404);
        given().auth().oauth2(socialWorker(colleague, agency)).when().get(path).then().statusCode(404);
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get(path).then().statusCode(404);
        given().auth().oauth2(admin()).when().get("/workers/W0000000001/caseload").then().statusCode(404);
        given().auth().oauth2(procurementOfficer()).when().get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token()).when().get(path)
                .then().statusCode(403);
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void courtOfficersAndTheirPartnerSystemsReadTheFiguresButNoCase() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String court = freshCourt();
        String office = freshOffice();
        posted(workerId, posting(court, "COURT", TODAY, null, "0.5"));
        String high = freshReference();
        String low = freshReference();
        cases.send(assigned(high, office, "CORRECTION", workerId, agency, null, "HIGH"),
                assigned(low, office, "PREVENTION", workerId, agency, null, "LOW"));
        awaitCases(workerId, 2);
        String partnerSystem = TestTokens.client("partner-court-" + court)
                .roles(Roles.COURT_OFFICER, Roles.PARTNER_SYSTEM).claim("court_code", court).token();

        for (String token : List.of(courtOfficer(court), partnerSystem)) {
            String body = given().auth().oauth2(token).when().get("/workers/" + workerId + "/caseload")
                    .then().statusCode(200)
                    .body("cases", equalTo(2)).body("weightedLoad", equalTo(2.5f)).body("capacity", equalTo(10.0f))
                    .body("utilisationPercent", equalTo(25.0f)).body("$", not(hasKey("caseReferences")))
                    .extract().asString();
            for (String leak : List.of(high, low, office, "HIGH", "LOW", "CORRECTION", "PREVENTION", "reference",
                    "riskLevel", "officeCode", "caseType")) {
                assertFalse(body.contains(leak), "a court sees no case, but found " + leak + " in " + body);
            }
        }
    }

    @Test
    void judicialOfficersSeeTheirOfficesCasesOnlyWhileTheFiguresCountEveryCase() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String office = freshOffice();
        String otherOffice = freshOffice();
        posted(workerId, posting(office, "JUDICIAL_OFFICE", TODAY, null, "0.5"));
        posted(workerId, posting(otherOffice, "JUDICIAL_OFFICE", TODAY, null, "0.5"));
        String own = freshReference();
        String foreign = freshReference();
        cases.send(assigned(own, office, "CORRECTION", workerId, agency, null, "LOW"),
                assigned(foreign, otherOffice, "PREVENTION", workerId, agency, null, "HIGH"));
        awaitCases(workerId, 2);
        String path = "/workers/" + workerId + "/caseload";

        String body = given().auth().oauth2(judicialOfficer(office)).when().get(path).then().statusCode(200)
                .body("cases", equalTo(2)).body("weightedLoad", equalTo(2.5f)).body("capacity", equalTo(20.0f))
                .body("utilisationPercent", equalTo(12.5f))
                .body("caseReferences.reference", equalTo(List.of(own)))
                .body("caseReferences[0].officeCode", equalTo(office))
                .body("caseReferences[0].riskLevel", equalTo("LOW"))
                .extract().asString();
        for (String leak : List.of(foreign, otherOffice, "HIGH", "PREVENTION")) {
            assertFalse(body.contains(leak), "another office's case shown: found " + leak + " in " + body);
        }
        given().auth().oauth2(judicialOfficer(otherOffice)).when().get(path).then().statusCode(200)
                .body("cases", equalTo(2)).body("caseReferences.reference", equalTo(List.of(foreign)));

        // the worker, their agency's supervisor and admins still see every case
        for (String token : List.of(socialWorker(workerId, agency), supervisorOf(agency), admin())) {
            given().auth().oauth2(token).when().get(path).then().statusCode(200)
                    .body("cases", equalTo(2)).body("weightedLoad", equalTo(2.5f))
                    .body("caseReferences.reference", containsInAnyOrder(own, foreign))
                    .body("caseReferences.officeCode", containsInAnyOrder(office, otherOffice))
                    .body("caseReferences.riskLevel", containsInAnyOrder("LOW", "HIGH"));
        }
    }

    @Test
    void theListIsSortedByUtilisationAndSupervisorsSeeTheirAgencyOnly() {
        String agency = agency();
        String busy = registeredWorker(agency);
        String calm = registeredWorker(agency);
        String idle = registeredWorker(agency);
        String office = freshOffice();
        posted(busy, posting(office, "JUDICIAL_OFFICE", TODAY, null, "0.1"));
        posted(calm, posting(office, "JUDICIAL_OFFICE", TODAY, null, "0.5"));
        posted(idle, posting(office, "JUDICIAL_OFFICE", TODAY, null, "0.5"));
        cases.send(assigned(freshReference(), office, "CORRECTION", busy, agency, null, null),
                assigned(freshReference(), office, "CORRECTION", calm, agency, null, null));
        await().atMost(WAIT).until(() -> given().auth().oauth2(admin()).queryParam("agency", agency)
                .when().get("/caseloads").then().statusCode(200).extract().jsonPath().getInt("items.cases.sum()") == 2);

        JsonPath mostLoadedFirst = given().auth().oauth2(supervisorOf(agency)).queryParam("agency", agency)
                .when().get("/caseloads").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(busy, calm, idle), mostLoadedFirst.getList("items.workerId"));
        assertEquals(List.of(50.0f, 10.0f, 0.0f), mostLoadedFirst.getList("items.utilisationPercent"));
        assertEquals(3, mostLoadedFirst.getInt("total"));
        given().auth().oauth2(supervisorOf(agency)).queryParam("site", office).queryParam("sort", "utilisation")
                .when().get("/caseloads").then().statusCode(200)
                .body("items.workerId", equalTo(List.of(idle, calm, busy)));
        given().auth().oauth2(supervisorOf(agency)).queryParam("sort", "workerId").queryParam("size", 2)
                .when().get("/caseloads").then().statusCode(200)
                .body("items.workerId", equalTo(List.of(busy, calm, idle).stream().sorted().limit(2).toList()))
                .body("total", equalTo(3));

        // a supervisor asking for another agency's workers finds none of them
        given().auth().oauth2(supervisorOf(agency())).queryParam("agency", agency)
                .when().get("/caseloads").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aProvinceOfWorkersIsCountedUpToAThousandAndItsLastPageExactly() throws SQLException {
        String agency = agency();
        String template = registeredWorker(agency);
        // a thousand more workers of the agency as rows copied from one the API registered (registering each would
        // take a minute), each with the state row registration gives; their blind indexes are not real ones, so they
        // go again at the end, before the key rotation tests read every worker
        execute("""
                insert into worker (worker_id, agency_code, name_cipher, identity_number_cipher, identity_number_index,
                                    phone_cipher, specialisations, front_line, status, created_at, created_by,
                                    updated_at, updated_by)
                select 'C' || lpad(g::text, 4, '0') || right(w.worker_id, 7), w.agency_code, w.name_cipher,
                       w.identity_number_cipher, w.identity_number_index || '-' || g, w.phone_cipher,
                       w.specialisations, w.front_line, w.status, w.created_at, w.created_by, w.updated_at, w.updated_by
                  from worker w, generate_series(1, 1000) g where w.worker_id = ?;
                insert into capacity_state (worker_id, exceeded, changed_at)
                select worker_id, false, now() from worker where agency_code = ? and worker_id <> ?
                """, template, agency, template);
        try {
            given().auth().oauth2(admin()).queryParam("agency", agency).when().get("/caseloads").then().statusCode(200)
                    .body("items", hasSize(20)).body("total", equalTo(1000)).body("totalExact", equalTo(false));
            given().auth().oauth2(admin()).queryParam("agency", agency).queryParam("page", 50)
                    .when().get("/caseloads").then().statusCode(200)
                    .body("items", hasSize(1)).body("total", equalTo(1001)).body("totalExact", equalTo(true));
            given().auth().oauth2(supervisorOf(agency)).queryParam("sort", "workerId").queryParam("page", 10)
                    .queryParam("size", 100).when().get("/caseloads").then().statusCode(200)
                    .body("items", hasSize(1)).body("total", equalTo(1001)).body("totalExact", equalTo(true));
        } finally {
            execute("""
                    delete from capacity_state where worker_id in
                        (select worker_id from worker where agency_code = ? and worker_id <> ?);
                    delete from worker where agency_code = ? and worker_id <> ?
                    """, agency, template, agency, template);
        }
    }

    private void execute(String statements, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(statements)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Test
    void theListIsRefusedToOtherRolesAndAnonymousAndChecksItsParameters() {
        given().auth().oauth2(procurementOfficer()).when().get("/caseloads").then().statusCode(403);
        given().auth().oauth2(socialWorker("W0001", agency())).when().get("/caseloads").then().statusCode(403);
        given().when().get("/caseloads").then().statusCode(401);
        given().auth().oauth2(admin()).queryParam("sort", "name").when().get("/caseloads")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sort"));
        given().auth().oauth2(admin()).queryParam("site", "not a site").when().get("/caseloads")
                .then().statusCode(400).body("errors.field", hasItem("site"));
        given().auth().oauth2(admin()).queryParam("size", 101).when().get("/caseloads")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void procurementOfficersReadFiguresPerAgencyWithoutAnyWorker() {
        String agency = agency();
        String first = registeredWorker(agency);
        String second = registeredWorker(agency);
        String office = freshOffice();
        posted(first, posting(office, "JUDICIAL_OFFICE", TODAY, null, "0.5"));
        posted(second, posting(office, "JUDICIAL_OFFICE", TODAY, null, "0.25"));
        cases.send(assigned(freshReference(), office, "CORRECTION", first, agency, null, "HIGH"),
                assigned(freshReference(), office, "CORRECTION", second, agency, null, "LOW"));
        await().atMost(WAIT).until(() -> given().auth().oauth2(procurementOfficer()).queryParam("agency", agency)
                .when().get("/caseloads/agencies").then().statusCode(200).extract().jsonPath()
                .getInt("items[0].cases") == 2);

        String body = given().auth().oauth2(procurementOfficer()).queryParam("agency", agency)
                .when().get("/caseloads/agencies").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].agencyId", equalTo(agency)).body("items[0].workers", equalTo(2))
                .body("items[0].weightedLoad", equalTo(2.5f)).body("items[0].capacity", equalTo(15.0f))
                .body("items[0].utilisationPercent", equalTo(16.7f))
                .extract().asString();
        assertFalse(body.contains(first) || body.contains("workerId"), "no worker in agency figures");

        // unfiltered, every agency (the page holds the first 20 by code, not necessarily this test's)
        given().auth().oauth2(procurementOfficer()).when().get("/caseloads/agencies").then().statusCode(200)
                .body("total", greaterThan(1));
        given().auth().oauth2(supervisorOf(agency)).when().get("/caseloads/agencies").then().statusCode(200)
                .body("items.agencyId", everyItem(equalTo(agency))).body("total", equalTo(1));
        given().auth().oauth2(supervisorOf(agency())).queryParam("agency", agency).when().get("/caseloads/agencies")
                .then().statusCode(200).body("items.agencyId", not(hasItem(agency)));
        given().auth().oauth2(socialWorker(first, agency)).when().get("/caseloads/agencies").then().statusCode(403);
        given().when().get("/caseloads/agencies").then().statusCode(401);
    }

    private static void awaitCases(String workerId, int count) {
        await().atMost(WAIT).until(() -> given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload")
                .then().statusCode(200).extract().jsonPath().getInt("cases") == count);
    }
}
