package org.youthjustice.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.testing.TopicRecords;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.cases.domain.CorrectionKind;
import org.youthjustice.platform.time.ServiceZone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.cases.Fixtures.ADDRESS;
import static org.youthjustice.cases.Fixtures.GUARDIAN_NAME;
import static org.youthjustice.cases.Fixtures.GUARDIAN_PHONE;
import static org.youthjustice.cases.Fixtures.NAME;
import static org.youthjustice.cases.Fixtures.PHONE;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.procurementOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.setJuvenileField;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;

@QuarkusTest
class CaseResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private static long casesOfCourt(String court) {
        return given().auth().oauth2(courtOfficer(court)).when().get("/cases")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aCourtOfficerRefersAJuvenileWhoseDataIsMaskedAndWhoseEventIsPseudonymous() throws Exception {
        String court = freshCourt();
        String office = freshOffice();
        Map<String, Object> body = correction(office);
        String number = identityNumberOf(body);
        int year = Year.now(ServiceZone.ZONE).getValue();

        String reference = given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(body)
                .when().post("/cases")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("reference", matchesPattern("GZ-" + year + "-[0-9]{6}"))
                .body("type", equalTo("CORRECTION"))
                .body("correctionKind", equalTo("PROBATION"))
                .body("officeCode", equalTo(office))
                .body("courtCode", equalTo(court))
                .body("status", equalTo("REFERRED"))
                .body("periodStart", equalTo("2026-12-01"))
                .body("juvenile.name", equalTo("张*明"))
                .body("juvenile.identityNumber", equalTo(number.substring(0, 4) + "**********" + number.substring(14)))
                .body("juvenile.birthDate", equalTo(number.substring(6, 10) + "-**-**"))
                .body("juvenile.phone", equalTo("138****5678"))
                .body("juvenile.address", equalTo("广东省广州市***"))
                .body("juvenile.guardians.name", contains("张*华"))
                .body("juvenile.guardians.phone", contains("139****4321"))
                .extract().jsonPath().getString("reference");

        given().auth().oauth2(courtOfficer(court)).when().get("/cases/" + reference)
                .then().statusCode(200).header("ETag", notNullValue())
                .body("juvenile.name", equalTo("张*明")).body("courtCode", equalTo(court));

        try (TopicRecords records = TopicRecords.of("cases.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> reference.equals(r.key()));
            JsonNode event = JSON.readTree(record.value());
            assertEquals("case.referred", event.get("type").asText());
            assertEquals(reference, event.get("subject").asText());
            assertEquals(2, event.get("version").asInt());
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/case-service/case.referred.v2.schema.json"));
            assertEquals(office, event.get("data").get("officeCode").asText());
            assertEquals(court, event.get("data").get("courtCode").asText());
            assertFalse(event.get("data").has("gridCode"), "no grid: it points at the juvenile's home");
            for (String personal : new String[] {NAME, "小明", number, number.substring(6, 14), PHONE, ADDRESS,
                    GUARDIAN_NAME, GUARDIAN_PHONE, (String) body.get("gridCode")}) {
                assertFalse(record.value().contains(personal), "no personal data in the event");
            }
        }
    }

    @Test
    void theDatabaseHoldsNoPersonalDataInClear() throws Exception {
        Map<String, Object> body = correction(freshOffice());
        String number = identityNumberOf(body);
        String reference = referred(freshCourt(), body);

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select * from juvenile_case where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                StringBuilder everything = new StringBuilder();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    everything.append(row.getString(column)).append('|');
                }
                String stored = everything.toString();
                for (String personal : new String[] {NAME, "小明", number, PHONE, ADDRESS, "北京路", GUARDIAN_NAME,
                        GUARDIAN_PHONE}) {
                    assertFalse(stored.contains(personal), "personal data in clear");
                }
                assertFalse(stored.contains(number.substring(6, 10) + "-" + number.substring(10, 12)),
                        "date of birth in clear");
                for (String column : new String[] {"name_cipher", "identity_number_cipher", "birth_date_cipher",
                        "phone_cipher", "address_cipher", "guardians_cipher"}) {
                    assertTrue(row.getString(column).startsWith("v2:test1:"), column + " encrypted under the key");
                }
                assertTrue(row.getString("identity_number_index").matches("t1:[0-9a-f]{64}"), "indexed under key t1");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CorrectionKind.class)
    void everyKindOfCommunityCorrectionIsReferred(CorrectionKind kind) {
        Map<String, Object> body = correction(freshOffice());
        body.put("correctionKind", kind.name());

        given().auth().oauth2(courtOfficer(freshCourt())).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(201).body("correctionKind", equalTo(kind.name()));
    }

    @Test
    void aPreventionReferralNeedsItsSourceAndIsNumberedInItsCity() {
        Map<String, Object> body = correction(freshOffice());
        body.put("type", "PREVENTION");
        body.remove("correctionKind");
        body.put("regionCode", "441900");

        given().auth().oauth2(courtOfficer(freshCourt())).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(400).body("errors.field", hasItem("referralSource"));

        body.put("referralSource", "SCHOOL");
        given().auth().oauth2(courtOfficer(freshCourt())).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(201)
                .body("reference", matchesPattern("DG-[0-9]{4}-[0-9]{6}"))
                .body("referralSource", equalTo("SCHOOL"));
    }

    @Test
    void referencesAreConsecutivePerCity() {
        String court = freshCourt();
        Map<String, Object> first = correction(freshOffice());
        first.put("regionCode", "440305");
        Map<String, Object> second = correction(freshOffice());
        second.put("regionCode", "440306");

        String one = referred(court, first);
        String two = referred(court, second);

        assertTrue(one.startsWith("SZ-") && two.startsWith("SZ-"));
        assertTrue(Integer.parseInt(two.substring(8)) > Integer.parseInt(one.substring(8)));
    }

    @Test
    void aJuvenileWithAnOpenCaseIsNotReferredAgain() {
        String court = freshCourt();
        Map<String, Object> body = correction(freshOffice());
        String first = referred(court, body);

        Map<String, Object> again = correction(freshOffice());
        setJuvenileField(again, "identityNumber", identityNumberOf(body).toLowerCase());
        // the referring court is told its case; another court is told nothing of it (ReferralScopeTest)
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(again)
                .when().post("/cases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingReference", equalTo(first));
        assertEquals(0, casesOfAdminWithOffice((String) again.get("officeCode")));
    }

    private static long casesOfAdminWithOffice(String office) {
        return given().auth().oauth2(admin()).queryParam("office", office).when().get("/cases")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "length", "birth-date"})
    void anInvalidIdentityNumberIsRefusedWithTheFieldNamedWithoutEchoingItAndNothingStored(String fault) {
        String court = freshCourt();
        Map<String, Object> body = correction(freshOffice());
        String valid = identityNumberOf(body);
        String invalid = switch (fault) {
            case "check" -> valid.substring(0, 17) + (valid.charAt(17) == '0' ? "1" : "0");
            case "length" -> valid.substring(0, 17);
            default -> valid.substring(0, 10) + "13" + valid.substring(12);
        };
        setJuvenileField(body, "identityNumber", invalid);

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(body)
                .when().post("/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("juvenile.identityNumber"))
                .body(not(containsString(invalid)));
        assertEquals(0, casesOfCourt(court));
    }

    @Test
    void missingAndInconsistentFieldsAndUnknownPropertiesAreRefusedWithTheFieldsNamed() {
        String court = freshCourt();

        Map<String, Object> noKind = correction(freshOffice());
        noKind.remove("correctionKind");
        noKind.remove("offenceDate");
        noKind.put("periodEnd", "2026-11-01");
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(noKind)
                .when().post("/cases").then().statusCode(400)
                .body("errors.field", hasItem("correctionKind")).body("errors.field", hasItem("offenceDate"))
                .body("errors.field", hasItem("periodEnd"));

        Map<String, Object> withStatus = correction(freshOffice());
        withStatus.put("status", "ACTIVE");
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(withStatus)
                .when().post("/cases").then().statusCode(400).body("errors.field", hasItem("status"));

        Map<String, Object> badOffice = correction("office 1");
        setJuvenileField(badOffice, "phone", "12ab");
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(badOffice)
                .when().post("/cases").then().statusCode(400)
                .body("errors.field", hasItem("officeCode")).body("errors.field", hasItem("juvenile.phone"));

        Map<String, Object> cityWithDistricts = correction(freshOffice());
        cityWithDistricts.put("regionCode", "440100");
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(cityWithDistricts)
                .when().post("/cases").then().statusCode(422).body("errors.field", hasItem("regionCode"));

        assertEquals(0, casesOfCourt(court));
    }

    @Test
    void aCorrectionOfSomeoneWhoWas18AtTheOffenceIsRefused() {
        String court = freshCourt();
        Map<String, Object> body = correction(freshOffice());
        // Born early in 2007: 19 at the offence of May 2026
        setJuvenileField(body, "identityNumber", IdentityNumber.compose("440104",
                LocalDate.of(2007, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(120)),
                ThreadLocalRandom.current().nextInt(1000)).value());

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("offenceDate"));
        assertEquals(0, casesOfCourt(court));
    }

    @Test
    void onlyCourtOfficersRefer() {
        String office = freshOffice();
        for (String token : new String[] {admin(), judicialOfficer(office), socialWorker(), supervisor(), auditor(),
                procurementOfficer()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(correction(office))
                    .when().post("/cases").then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(correction(office)).when().post("/cases").then().statusCode(401);
        assertEquals(0, casesOfAdminWithOffice(office));
    }

    @Test
    void eachReaderSeesTheCasesOfTheirScopeAndAnotherScopesCaseIsNotFound() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = referred(court, correction(office));

        given().auth().oauth2(courtOfficer(court)).when().get("/cases")
                .then().statusCode(200).body("total", equalTo(1)).body("items.reference", contains(reference));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases")
                .then().statusCode(200).body("total", equalTo(1)).body("items.reference", contains(reference));
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference).then().statusCode(200);
        given().auth().oauth2(admin()).when().get("/cases/" + reference).then().statusCode(200);

        given().auth().oauth2(courtOfficer(freshCourt())).when().get("/cases/" + reference)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(judicialOfficer(freshOffice())).when().get("/cases/" + reference).then().statusCode(404);
        given().auth().oauth2(socialWorker()).when().get("/cases/" + reference).then().statusCode(404);
        given().auth().oauth2(supervisor()).when().get("/cases").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(socialWorker()).when().get("/cases").then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(auditor()).when().get("/cases").then().statusCode(403);
        given().auth().oauth2(auditor()).when().get("/cases/" + reference).then().statusCode(403);
        given().auth().oauth2(procurementOfficer()).when().get("/cases").then().statusCode(403);
        given().when().get("/cases").then().statusCode(401);
        given().when().get("/cases/" + reference).then().statusCode(401);
    }

    @Test
    void listsFilterSortAndPage() {
        String court = freshCourt();
        String office = freshOffice();
        String older = referred(court, correction(office));
        Map<String, Object> later = correction(office);
        later.put("periodStart", "2027-06-01");
        later.put("periodEnd", "2028-05-31");
        String newer = referred(court, later);
        Map<String, Object> prevention = correction(office);
        prevention.put("type", "PREVENTION");
        prevention.remove("correctionKind");
        prevention.remove("periodStart");
        prevention.remove("periodEnd");
        prevention.put("referralSource", "POLICE");
        String preventive = referred(court, prevention);

        given().auth().oauth2(admin()).queryParam("office", office).when().get("/cases")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.reference", contains(preventive, newer, older));
        given().auth().oauth2(admin()).queryParam("office", office).queryParam("sort", "createdAt")
                .queryParam("size", 2).when().get("/cases")
                .then().statusCode(200).body("total", equalTo(3)).body("items.reference", contains(older, newer));
        given().auth().oauth2(admin()).queryParam("office", office).queryParam("type", "CORRECTION")
                .queryParam("periodFrom", "2027-12-01").when().get("/cases")
                .then().statusCode(200).body("items.reference", contains(newer));
        given().auth().oauth2(admin()).queryParam("office", office).queryParam("status", "REFERRED")
                .queryParam("type", "PREVENTION").when().get("/cases")
                .then().statusCode(200).body("items.reference", contains(preventive));

        given().auth().oauth2(admin()).queryParam("sort", "name").when().get("/cases")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(admin()).queryParam("status", "OPEN").when().get("/cases").then().statusCode(400);
        given().auth().oauth2(admin()).queryParam("size", 1000).when().get("/cases").then().statusCode(400);
    }

    @Test
    void theLocationOfAReferralIsItsCase() {
        given().auth().oauth2(courtOfficer(freshCourt())).contentType(ContentType.JSON).body(correction(freshOffice()))
                .when().post("/cases").then().statusCode(201).header("Location", matchesPattern(".*/cases/GZ-.*"))
                .header("Location", not(endsWith("/cases/")));
    }
}
