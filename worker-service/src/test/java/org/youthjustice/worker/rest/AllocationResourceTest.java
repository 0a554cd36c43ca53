package org.youthjustice.worker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.CaseEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.worker.CaseEvents.assigned;
import static org.youthjustice.worker.CaseEvents.freshReference;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshWorkerId;
import static org.youthjustice.worker.Fixtures.judicialOfficer;
import static org.youthjustice.worker.Fixtures.posted;
import static org.youthjustice.worker.Fixtures.posting;
import static org.youthjustice.worker.Fixtures.procurementOfficer;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.socialWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;
import static org.youthjustice.worker.Fixtures.worker;

@QuarkusTest
class AllocationResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ServiceZone.ZONE);

    private final CaseEvents cases = new CaseEvents();

    @AfterEach
    void closeProducer() {
        cases.close();
    }

    /** One agency's workers around one office of a city of their own. */
    private final class Office {
        final String agency = agency();
        final String city = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10_000));
        final String office = "JO-" + city + "01-01";
        final String nearby = "JO-" + city + "02-01";

        String postWorker(String site, String fraction, List<String> specialisations) {
            return postWorkerUntil(site, fraction, specialisations, "2030-06-29");
        }

        /** A worker of the agency posted at the site today, whose certificate expires on {@code expiresOn}. */
        String postWorkerUntil(String site, String fraction, List<String> specialisations, String expiresOn) {
            String workerId = freshWorkerId();
            Map<String, Object> body = worker(workerId, agency);
            body.put("specialisations", specialisations);
            body.put("qualification", Map.of("level", "SOCIAL_WORKER", "certificateNumber", "2020035440100123",
                    "issuedOn", "2020-06-30", "expiresOn", expiresOn));
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                    .when().post("/workers").then().statusCode(201);
            posted(workerId, posting(site, "JUDICIAL_OFFICE", TODAY.toString(), null, fraction));
            return workerId;
        }

        JsonPath recommend(String token, Map<String, Object> request) {
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                    .when().post("/allocations/recommendations")
                    .then().statusCode(200).extract().jsonPath();
        }
    }

    private static Map<String, Object> request(String office, String caseType, String risk, List<String> specialisations) {
        Map<String, Object> body = new HashMap<>();
        body.put("officeCode", office);
        body.put("caseType", caseType);
        if (risk != null) {
            body.put("riskLevel", risk);
        }
        if (specialisations != null) {
            body.put("specialisations", specialisations);
        }
        return body;
    }

    @Test
    void rankedByPostingAtTheOfficeThenSpecialisationThenFreeCapacityExcludingWhoCannotTakeTheCase() {
        Office at = new Office();
        String atOffice = at.postWorker(at.office, "0.5", List.of("JUDICIAL"));
        String nearbySpecialist = at.postWorker(at.nearby, "0.5", List.of("FAMILY"));
        String nearbyRoomy = at.postWorker(at.nearby, "1.0", List.of("JUDICIAL"));
        String onLeave = at.postWorker(at.office, "1.0", List.of("FAMILY"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("status", "ON_LEAVE", "reason", "parental leave"))
                .when().post("/workers/" + onLeave + "/status-changes").then().statusCode(201);
        // capacity 20 x 0.05 = 1: too little for a high-risk case (1.5)
        String small = at.postWorker(at.office, "0.05", List.of("FAMILY"));
        String expired = at.postWorkerUntil(at.office, "1.0", List.of("FAMILY"), TODAY.minusDays(1).toString());
        String anotherCity = at.city.equals("9999") ? "9998" : String.valueOf(Integer.parseInt(at.city) + 1);
        String otherCity = at.postWorker("JO-" + anotherCity + "01-01", "1.0", List.of("FAMILY"));

        JsonPath ranked = at.recommend(supervisorOf(at.agency),
                request(at.office, "CORRECTION", "HIGH", List.of("FAMILY")));

        assertEquals(List.of(atOffice, nearbySpecialist, nearbyRoomy), ranked.getList("candidates.workerId"));
        assertEquals(true, ranked.getBoolean("candidates[0].postedAtOffice"));
        assertEquals(List.of("FAMILY"), ranked.getList("candidates[1].matchingSpecialisations"));
        assertEquals(20.0f, ranked.getFloat("candidates[2].freeCapacity"));
        assertTrue(ranked.getList("candidates[0].reasons", String.class).contains("posted at " + at.office + " today"),
                ranked.prettify());
        assertTrue(ranked.getList("candidates[1].reasons", String.class).contains("specialised in FAMILY"));
        List<String> all = ranked.getList("candidates.workerId");
        assertTrue(!all.contains(onLeave) && !all.contains(small) && !all.contains(expired) && !all.contains(otherCity),
                "inactive, too little capacity, expired qualification and another city are never recommended");

        // a prevention case needs no qualification, and 1 free is enough for an unassessed case; without
        // specialisations asked, free capacity orders the workers at the office, then those nearby
        JsonPath prevention = at.recommend(supervisorOf(at.agency), request(at.office, "PREVENTION", null, null));
        assertEquals(List.of(expired, atOffice, small, nearbyRoomy, nearbySpecialist),
                prevention.getList("candidates.workerId"));
    }

    @Test
    void aWorkerAtCapacityIsNotRecommended() {
        Office at = new Office();
        String full = at.postWorker(at.office, "0.05", List.of());
        String free = at.postWorker(at.office, "0.5", List.of());
        cases.send(assigned(freshReference(), at.office, "CORRECTION", full, at.agency, null, null));
        await().atMost(WAIT).until(() -> given().auth().oauth2(admin()).when().get("/workers/" + full + "/caseload")
                .then().statusCode(200).extract().jsonPath().getInt("cases") == 1);

        JsonPath ranked = at.recommend(supervisorOf(at.agency), request(at.office, "PREVENTION", "LOW", null));
        assertEquals(List.of(free), ranked.getList("candidates.workerId"));
    }

    @Test
    void judicialOfficersAskForTheirOwnOfficeAndSupervisorsSeeTheirOwnAgencyOnly() {
        Office at = new Office();
        String ours = at.postWorker(at.office, "0.5", List.of());
        String otherAgency = agency();
        String theirs = registeredWorker(otherAgency);
        posted(theirs, posting(at.office, "JUDICIAL_OFFICE", TODAY.toString(), null, "0.5"));
        Map<String, Object> request = request(at.office, "CORRECTION", null, null);

        given().auth().oauth2(judicialOfficer(at.office)).contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(200)
                .body("candidates.workerId", hasItems(ours, theirs));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(200)
                .body("candidates.workerId", hasItems(ours, theirs));
        given().auth().oauth2(supervisorOf(at.agency)).contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(200)
                .body("candidates.workerId", equalTo(List.of(ours)));

        given().auth().oauth2(judicialOfficer("JO-" + at.city + "09-01")).contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(403);
        given().auth().oauth2(socialWorker(ours, at.agency)).contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(403);
        given().auth().oauth2(procurementOfficer()).contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(403);
        given().contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(401);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldNamed() {
        Map<String, Object> noOffice = request(null, "CORRECTION", null, null);
        noOffice.remove("officeCode");
        refused(noOffice, "officeCode");
        refused(request("JO-ABC-01", "CORRECTION", null, null), "officeCode");
        refused(request("JO-440104-01", null, null, null), "caseType");
        refused(request("JO-440104-01", "CORRECTION", null, null), "limit", 0);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("officeCode", "JO-440104-01", "caseType", "ADOPTION"))
                .when().post("/allocations/recommendations").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("officeCode", "JO-440104-01", "caseType", "CORRECTION", "workerId", "W0001"))
                .when().post("/allocations/recommendations").then().statusCode(400);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("")
                .when().post("/allocations/recommendations").then().statusCode(400);
    }

    private static void refused(Map<String, Object> request, String field) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(request)
                .when().post("/allocations/recommendations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field))
                .body("errors.field", not(hasItem("")));
    }

    private static void refused(Map<String, Object> request, String field, Object value) {
        request.put(field, value);
        refused(request, field);
    }
}
