package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;
import static org.youthjustice.cases.LedCases.AGENCY;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.cases.LedCases.otherWorker;
import static org.youthjustice.platform.testing.SqlRows.text;
import static org.youthjustice.cases.rest.RiskAssessmentTest.read;
import static org.youthjustice.cases.rest.RiskAssessmentTest.today;

@QuarkusTest
class ServiceRecordTest {

    private static final String NOTE = "Talked with 李老师 about returning to class";

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> service(String kind, Object minutes, String deliveredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("minutes", minutes);
        body.put("deliveredOn", deliveredOn);
        body.put("note", NOTE);
        return body;
    }

    @Test
    void theLeadWorkerRecordsServicesThatArePublishedForTheContract() throws Exception {
        String office = freshOffice();
        String reference = activeCaseLedByLead(dataSource, office);
        String path = "/cases/" + reference + "/services";

        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(service("PSYCHOLOGICAL_SUPPORT", 90, today().minusDays(1).toString()))
                .when().post(path).then().statusCode(201).body("minutes", equalTo(90))
                .body("workerId", equalTo("W0001")).body("agencyId", equalTo(AGENCY)).body("note", equalTo(NOTE));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(service("EDUCATION", 45, today().toString())).when().post(path).then().statusCode(201);

        given().auth().oauth2(supervisor()).when().get(path + "?size=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items.kind", contains("EDUCATION"));
        given().auth().oauth2(judicialOfficer(office)).when().get(path).then().statusCode(200)
                .body("items.kind", contains("EDUCATION", "PSYCHOLOGICAL_SUPPORT"));

        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> recorded = records.await(r -> reference.equals(r.key())
                    && "service.recorded".equals(read(r).path("type").asText())
                    && "PSYCHOLOGICAL_SUPPORT".equals(read(r).path("data").path("kind").asText()));
            JsonNode data = read(recorded).get("data");
            assertThat(data.toString(),
                    matchesJsonSchemaInClasspath("events/case-service/service.recorded.v1.schema.json"));
            assertEquals(90, data.get("minutes").asInt());
            assertEquals(AGENCY, data.get("agencyId").asText());
            assertEquals(today().minusDays(1).toString(), data.get("deliveredOn").asText());
            assertFalse(recorded.value().contains("李老师"), "the note stays in the service");
        }
        assertFalse(text(dataSource, "select string_agg(note_cipher, ',') from service_record s join juvenile_case c"
                + " on c.id = s.case_id where c.reference = ?", reference).contains("李老师"));
    }

    @Test
    void anInvalidServiceNamesTheFieldAndChangesNothing() {
        String reference = activeCaseLedByLead(dataSource, freshOffice());
        String path = "/cases/" + reference + "/services";
        String yesterday = today().minusDays(1).toString();

        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(service("EDUCATION", 0, yesterday))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("minutes"));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(service("EDUCATION", 1441, yesterday))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("minutes"));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(service("EDUCATION", 30, today().plusDays(1).toString()))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("deliveredOn"));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(service(null, 30, yesterday))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(service("KARAOKE", 30, yesterday))
                .when().post(path).then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(admin()).when().get(path).then().body("total", equalTo(0));
    }

    @Test
    void onlyTheLeadWorkerRecordsServicesAndCourtOfficersAndAuditorsSeeNone() {
        String office = freshOffice();
        String reference = activeCaseLedByLead(dataSource, office);
        String path = "/cases/" + reference + "/services";
        Map<String, Object> body = service("LEGAL_EDUCATION", 60, today().toString());

        given().auth().oauth2(otherWorker()).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(404);
        given().auth().oauth2(otherWorker()).when().get(path).then().statusCode(404);
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get(path).then().statusCode(404);
        for (String token : new String[] {supervisor(), judicialOfficer(office), admin(), courtOfficer(freshCourt()),
                auditor()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                    .then().statusCode(403);
        }
        for (String token : new String[] {courtOfficer(freshCourt()), auditor()}) {
            given().auth().oauth2(token).when().get(path).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(401);
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(admin()).when().get(path).then().statusCode(200).body("total", equalTo(0));
    }
}
