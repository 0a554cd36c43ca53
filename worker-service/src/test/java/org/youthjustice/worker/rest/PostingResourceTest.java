package org.youthjustice.worker.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.platform.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
class PostingResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static int postingCount(String workerId) {
        return given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/postings")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void aSupervisorPostsAWorkerHalfToAnOfficeAndHalfToACourtAndTheEventsReachTheTopic() throws Exception {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String office = freshOffice();
        String court = freshCourt();
        Map<String, Object> atOffice = posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "0.5");
        atOffice.put("contractId", "GZ-JUS-2026-001");

        long officePosting = given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(atOffice)
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(201)
                .body("siteCode", equalTo(office)).body("fraction", equalTo(0.5f)).body("to", nullValue())
                .body("contractId", equalTo("GZ-JUS-2026-001"))
                .extract().jsonPath().getLong("postingId");
        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .body(posting(court, "COURT", "2026-03-01", "2027-02-28", "0.5"))
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/workers/" + workerId + "/postings/"));

        given().auth().oauth2(supervisorOf(agency)).when().get("/workers/" + workerId + "/postings/" + officePosting)
                .then().statusCode(200).body("siteKind", equalTo("JUDICIAL_OFFICE"));

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> workerId.equals(r.key())
                    && r.value().contains("worker.posted") && r.value().contains(office));
            JsonNode event = JSON.readTree(record.value());
            assertEquals("worker.posted", event.get("type").asText());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.posted.v1.schema.json"));
            assertEquals(officePosting, event.get("data").get("postingId").asLong());
            assertEquals("0.5", event.get("data").get("fraction").asText());
            assertFalse(record.value().contains("张"), "no personal data in the event");
        }
    }

    @Test
    void postingsOverFullTimeOnAnyDayAreRefusedNamingTheConflictingPostings() {
        String workerId = registeredWorker(agency());
        long first = posted(workerId, posting(freshOffice(), "JUDICIAL_OFFICE", "2026-01-01", "2026-06-30", "0.5"));
        long second = posted(workerId, posting(freshCourt(), "COURT", "2026-03-01", null, "0.5"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(posting("CM-440104-07", "COMMUNITY", "2026-06-15", "2026-07-15", "0.25"))
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(422).contentType("application/problem+json")
                .body("conflictingPostings", containsInAnyOrder((int) first, (int) second))
                .body("errors.field", hasItem("fraction"));
        assertEquals(2, postingCount(workerId), "nothing posted");

        // From July the office posting is over: half time is free again.
        posted(workerId, posting("CM-440104-07", "COMMUNITY", "2026-07-01", "2026-07-15", "0.5"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(posting("FS-440104-02", "FAMILY_SERVICE_CENTRE", "2026-01-01", "2026-02-28", "0.5"))
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(201);
    }

    @Test
    void aSecondPostingAtTheSameSiteInThePeriodConflicts() {
        String workerId = registeredWorker(agency());
        String office = freshOffice();
        posted(workerId, posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "0.5"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "0.5"))
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, postingCount(workerId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fraction=0", "fraction=1.5", "fraction=0.333", "dutyDaysPerWeek=8", "siteCode=office 1",
            "to=2025-12-31", "siteKind=PRISON", "from=", "contractId=no spaces allowed"})
    void invalidPostingsAreRefusedWithTheFieldNamedAndNothingPosted(String change) {
        String workerId = registeredWorker(agency());
        Map<String, Object> body = posting(freshOffice(), "JUDICIAL_OFFICE", "2026-01-01", null, "0.5");
        String field = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        if (value.isEmpty()) {
            body.remove(field);
        } else {
            body.put(field, value);
        }

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertEquals(0, postingCount(workerId));
    }

    @Test
    void onlyTheWorkersAgencyOrAnAdminPostsAndRefusalsChangeNothing() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        Map<String, Object> body = posting(freshOffice(), "JUDICIAL_OFFICE", "2026-01-01", null, "0.5");
        Map<String, Object> unknown = posting(freshOffice(), "JUDICIAL_OFFICE", "2026-01-01", null, "0.5");
        unknown.put("status", "ACTIVE");

        given().auth().oauth2(socialWorker(workerId, agency)).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/postings").then().statusCode(403);
        given().auth().oauth2(procurementOfficer()).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/postings").then().statusCode(403);
        given().auth().oauth2(supervisorOf(agency())).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/postings").then().statusCode(404);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/postings").then().statusCode(401);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(unknown)
                .when().post("/workers/" + workerId + "/postings").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        assertEquals(0, postingCount(workerId));
    }

    @Test
    void aWorkerWhoLeftIsNotPosted() {
        String workerId = registeredWorker(agency());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "LEFT", "reason", "Resigned"))
                .when().post("/workers/" + workerId + "/status-changes").then().statusCode(201);

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(posting(freshOffice(), "JUDICIAL_OFFICE", "2026-01-01", null, "0.5"))
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(422);
    }

    @Test
    void endingAPostingFreesTheTimeAndIsPublished() throws Exception {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String office = freshOffice();
        long postingId = posted(workerId, posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "1"));

        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(Map.of("on", "2025-12-31"))
                .when().post("/workers/" + workerId + "/postings/" + postingId + "/end")
                .then().statusCode(400).body("errors.field", hasItem("on"));
        given().auth().oauth2(socialWorker(workerId, agency)).contentType(ContentType.JSON).body(Map.of("on", "2026-06-30"))
                .when().post("/workers/" + workerId + "/postings/" + postingId + "/end")
                .then().statusCode(403);
        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(Map.of("on", "2026-06-30"))
                .when().post("/workers/" + workerId + "/postings/" + postingId + "/end")
                .then().statusCode(200).body("to", equalTo("2026-06-30"));
        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(Map.of("on", "2026-09-30"))
                .when().post("/workers/" + workerId + "/postings/" + postingId + "/end")
                .then().statusCode(409);
        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON).body(Map.of("on", "2026-06-30"))
                .when().post("/workers/" + workerId + "/postings/999999999/end")
                .then().statusCode(404);

        posted(workerId, posting(freshCourt(), "COURT", "2026-07-01", null, "1"));

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> workerId.equals(r.key())
                    && r.value().contains("worker.posting-ended"));
            JsonNode data = JSON.readTree(record.value()).get("data");
            assertThat(data.toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.posting-ended.v1.schema.json"));
            assertEquals("2026-06-30", data.get("endsOn").asText());
            assertEquals(office, data.get("siteCode").asText());
        }
    }

    @Test
    void judicialAndCourtOfficersReadTheRosterAndTheWorkersOfTheirOwnSiteOnly() {
        String agency = agency();
        String office = freshOffice();
        String otherOffice = freshOffice();
        String court = freshCourt();
        String atOffice = registeredWorker(agency);
        String atOtherOffice = registeredWorker(agency);
        posted(atOffice, posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "0.5"));
        posted(atOffice, posting(court, "COURT", "2026-01-01", null, "0.5"));
        posted(atOtherOffice, posting(otherOffice, "JUDICIAL_OFFICE", "2026-01-01", null, "1"));

        given().auth().oauth2(judicialOfficer(office)).queryParam("from", "2026-02-01").queryParam("to", "2026-02-28")
                .when().get("/rosters")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].workerId", equalTo(atOffice)).body("items[0].siteCode", equalTo(office))
                .body("items[0].name", equalTo("张*明")).body("items[0].fraction", equalTo(0.5f));
        given().auth().oauth2(judicialOfficer(office)).queryParam("site", otherOffice).queryParam("from", "2026-02-01")
                .when().get("/rosters")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(courtOfficer(court)).queryParam("from", "2026-02-01")
                .when().get("/rosters")
                .then().statusCode(200).body("items.workerId", contains(atOffice));

        given().auth().oauth2(judicialOfficer(office)).when().get("/workers/" + atOffice)
                .then().statusCode(200).body("name", equalTo("张*明"));
        given().auth().oauth2(judicialOfficer(office)).when().get("/workers/" + atOtherOffice).then().statusCode(404);
        given().auth().oauth2(judicialOfficer(office)).when().get("/workers")
                .then().statusCode(200).body("items.workerId", contains(atOffice));
        given().auth().oauth2(courtOfficer(court)).when().get("/workers/" + atOtherOffice).then().statusCode(404);
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON)
                .body(posting(office, "JUDICIAL_OFFICE", "2027-01-01", null, "0.5"))
                .when().post("/workers/" + atOtherOffice + "/postings").then().statusCode(403);
    }

    @Test
    void theRosterFollowsTheScopeAndThePeriod() {
        String agency = agency();
        String other = agency();
        String office = freshOffice();
        String self = registeredWorker(agency);
        String colleague = registeredWorker(agency);
        String stranger = registeredWorker(other);
        posted(self, posting(office, "JUDICIAL_OFFICE", "2026-01-01", "2026-03-31", "0.5"));
        posted(colleague, posting(office, "JUDICIAL_OFFICE", "2026-04-01", null, "0.5"));
        posted(stranger, posting(office, "JUDICIAL_OFFICE", "2026-01-01", null, "0.5"));

        given().auth().oauth2(admin()).queryParam("site", office).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/rosters").then().statusCode(200).body("total", equalTo(3));
        given().auth().oauth2(admin()).queryParam("site", office).queryParam("from", "2026-05-01")
                .when().get("/rosters").then().statusCode(200).body("items.workerId", containsInAnyOrder(colleague, stranger));
        given().auth().oauth2(admin()).queryParam("site", office).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .queryParam("size", 2).queryParam("page", 1)
                .when().get("/rosters").then().statusCode(200).body("items.size()", equalTo(1)).body("total", equalTo(3));
        given().auth().oauth2(supervisorOf(agency)).queryParam("site", office).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/rosters").then().statusCode(200).body("items.workerId", containsInAnyOrder(self, colleague));
        given().auth().oauth2(socialWorker(self, agency)).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/rosters").then().statusCode(200).body("items.workerId", contains(self));

        given().auth().oauth2(admin()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get("/rosters").then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(admin()).queryParam("from", "yesterday")
                .when().get("/rosters").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).queryParam("site", "not a site")
                .when().get("/rosters").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(procurementOfficer()).when().get("/rosters").then().statusCode(403);
        given().when().get("/rosters").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker.posted", "worker.posting-ended"})
    void theEventExamplesMatchTheirSchemas(String type) throws Exception {
        try (var example = getClass().getClassLoader()
                .getResourceAsStream("events/worker-service/" + type + ".v1.example.json")) {
            JsonNode event = JSON.readTree(new String(example.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(type, event.get("type").asText());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/" + type + ".v1.schema.json"));
        }
    }
}
