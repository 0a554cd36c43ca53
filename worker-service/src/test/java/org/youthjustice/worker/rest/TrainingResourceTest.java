package org.youthjustice.worker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.youthjustice.platform.time.ServiceZone;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.procurementOfficer;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.socialWorker;
import static org.youthjustice.worker.Fixtures.supervisorOf;

@QuarkusTest
class TrainingResourceTest {

    private static Map<String, Object> training(String topic, String hours, String heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("topic", topic);
        body.put("provider", "Guangdong Social Work Association");
        body.put("trainingBase", "Guangzhou Juvenile Justice Social Work Training Base");
        body.put("hours", new java.math.BigDecimal(hours));
        body.put("heldOn", heldOn);
        return body;
    }

    private static void recorded(String workerId, Map<String, Object> body) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/trainings").then().statusCode(201);
    }

    @Test
    void aSupervisorRecordsTrainingAndTheYearTotalsIt() {
        String agency = agency();
        String workerId = registeredWorker(agency);

        given().auth().oauth2(supervisorOf(agency)).contentType(ContentType.JSON)
                .body(training("Motivational interviewing", "6.5", "2025-03-14"))
                .when().post("/workers/" + workerId + "/trainings")
                .then().statusCode(201).body("hours", equalTo(6.5f)).body("heldOn", equalTo("2025-03-14"));
        recorded(workerId, training("Juvenile criminal procedure", "3", "2025-09-01"));
        recorded(workerId, training("Family therapy", "8", "2024-11-20"));

        given().auth().oauth2(socialWorker(workerId, agency)).queryParam("year", 2025)
                .when().get("/workers/" + workerId + "/trainings")
                .then().statusCode(200)
                .body("year", equalTo(2025)).body("totalHours", equalTo(9.5f))
                .body("trainings.topic", contains("Motivational interviewing", "Juvenile criminal procedure"));
        given().auth().oauth2(admin()).queryParam("year", 2024)
                .when().get("/workers/" + workerId + "/trainings")
                .then().statusCode(200).body("totalHours", equalTo(8.0f));
        given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/trainings")
                .then().statusCode(200).body("year", equalTo(LocalDate.now(ServiceZone.ZONE).getYear()));
    }

    @Test
    void theSameTrainingTwiceConflicts() {
        String workerId = registeredWorker(agency());
        recorded(workerId, training("Family therapy", "8", "2025-11-20"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(training("Family therapy", "8", "2025-11-20"))
                .when().post("/workers/" + workerId + "/trainings").then().statusCode(409);
        given().auth().oauth2(admin()).queryParam("year", 2025).when().get("/workers/" + workerId + "/trainings")
                .then().body("trainings.size()", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hours=0", "hours=201", "hours=1.25", "topic=", "provider=", "heldOn=2999-01-01",
            "heldOn=someday"})
    void invalidTrainingIsRefusedWithTheFieldNamedAndNothingRecorded(String change) {
        String workerId = registeredWorker(agency());
        Map<String, Object> body = training("Family therapy", "8", "2025-11-20");
        String field = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        if (value.isEmpty()) {
            body.remove(field);
        } else {
            body.put(field, value);
        }

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/trainings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        given().auth().oauth2(admin()).queryParam("year", 2025).when().get("/workers/" + workerId + "/trainings")
                .then().body("trainings.size()", equalTo(0));
    }

    @Test
    void othersAreRefusedAndAnotherAgencysWorkerIsNotFound() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        Map<String, Object> body = training("Family therapy", "8", "2025-11-20");

        given().auth().oauth2(socialWorker(workerId, agency)).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/trainings").then().statusCode(403);
        given().auth().oauth2(procurementOfficer()).when().get("/workers/" + workerId + "/trainings").then().statusCode(403);
        given().auth().oauth2(supervisorOf(agency())).contentType(ContentType.JSON).body(body)
                .when().post("/workers/" + workerId + "/trainings").then().statusCode(404);
        given().auth().oauth2(supervisorOf(agency())).when().get("/workers/" + workerId + "/trainings").then().statusCode(404);
        given().when().get("/workers/" + workerId + "/trainings").then().statusCode(401);
        given().auth().oauth2(admin()).queryParam("year", 1900).when().get("/workers/" + workerId + "/trainings")
                .then().statusCode(400);
        given().auth().oauth2(admin()).queryParam("year", 2025).when().get("/workers/" + workerId + "/trainings")
                .then().body("trainings.size()", equalTo(0));
    }
}
