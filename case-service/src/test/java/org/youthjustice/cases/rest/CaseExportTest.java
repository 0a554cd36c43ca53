package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.LedCases;
import org.youthjustice.platform.testing.SqlRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.cases.CaseSteps.close;
import static org.youthjustice.cases.CaseSteps.move;
import static org.youthjustice.cases.Fixtures.ADDRESS;
import static org.youthjustice.cases.Fixtures.GUARDIAN_NAME;
import static org.youthjustice.cases.Fixtures.GUARDIAN_PHONE;
import static org.youthjustice.cases.Fixtures.NAME;
import static org.youthjustice.cases.Fixtures.PHONE;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.assignedTo;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshAgency;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.procurementOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.Fixtures.supervisor;

@QuarkusTest
class CaseExportTest {

    private static final List<String> HEADER = List.of("reference", "type", "correctionKind", "status", "office",
            "region", "periodStart", "periodEnd", "leadWorkerId", "riskLevel", "createdAt");

    @Inject
    AgroalDataSource db;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static ExtractableResponse<Response> exported(RequestSpecification request, String purpose) {
        return request.queryParam("purpose", purpose).when().get("/case-exports")
                .then().statusCode(200).extract();
    }

    /** The data rows of the file, by reference, after checking the header. */
    private static Map<String, List<String>> rowsOf(String csv) {
        List<List<String>> rows = CsvRows.parse(csv);
        assertEquals(HEADER, rows.get(0));
        Map<String, List<String>> byReference = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(row -> {
            assertEquals(HEADER.size(), row.size());
            byReference.put(row.get(0), row);
        });
        return byReference;
    }

    @Test
    void anOfficeExportsItsCasesAsAFileWithTheFiltersAppliedAndNoIdentity() {
        String office = freshOffice();
        Map<String, Object> body = correction(office);
        String referredCase = referred(freshCourt(), body);
        String acceptedCase = referred(freshCourt(), correction(office));
        move(office, acceptedCase, "INTAKE", null);
        String otherOffices = referred(freshCourt(), correction(freshOffice()));

        ExtractableResponse<Response> all = exported(as(judicialOfficer(office)), "MONTHLY_RETURN");
        assertThat(all.contentType(), startsWith("text/csv"));
        assertThat(all.contentType().toLowerCase(), containsString("charset=utf-8"));
        assertThat(all.header("Cache-Control"), containsString("no-store"));
        assertThat(all.header("Content-Disposition"),
                matchesPattern("attachment; filename=cases-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.csv"));
        String csv = all.asString();
        Map<String, List<String>> rows = rowsOf(csv);
        assertEquals(Set.of(referredCase, acceptedCase), rows.keySet());
        assertFalse(rows.containsKey(otherOffices));
        assertEquals(List.of(referredCase, "CORRECTION", "PROBATION", "REFERRED", office, "440104", "2026-12-01",
                "2027-11-30", "", ""), rows.get(referredCase).subList(0, 10));
        assertTrue(Instant.parse(rows.get(referredCase).get(10)).isBefore(Instant.now()));
        for (String identity : List.of(NAME, identityNumberOf(body), PHONE, ADDRESS, GUARDIAN_NAME, GUARDIAN_PHONE,
                "张", "*")) {
            assertFalse(csv.contains(identity), "the export holds a piece of the juvenile's identity");
        }

        String accepted = exported(as(judicialOfficer(office)).queryParam("status", "INTAKE"), "MONTHLY_RETURN")
                .asString();
        assertEquals(Set.of(acceptedCase), rowsOf(accepted).keySet());
        String sorted = exported(as(judicialOfficer(office)).queryParam("sort", "reference"), "INSPECTION")
                .asString();
        assertEquals(List.of(referredCase, acceptedCase).stream().sorted().toList(),
                List.copyOf(rowsOf(sorted).keySet()));
    }

    @Test
    void everyExportedCaseHasOneAuditRowWithThePurposeAndTheExportId() {
        String office = freshOffice();
        String first = referred(freshCourt(), correction(office));
        String second = referred(freshCourt(), correction(office));

        String exportId = exported(as(judicialOfficer(office)), "INSPECTION").header("X-Export-Id");

        assertEquals(List.of(first, second).stream().sorted().toList(), exportedReferences(exportId));
        as(auditor()).queryParam("case", first).queryParam("action", "CASE_EXPORTED").when().get("/audit-events")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].purpose", equalTo("INSPECTION"))
                .body("items[0].detail", equalTo(exportId))
                .body("items[0].actorUsername", equalTo("jo.zhao"))
                .body("items[0].clientId", equalTo("cli"));
    }

    @Test
    void anAdminExportsAnyOfficeAndASupervisorTheCasesTheListShowsAndCounts() {
        String office = freshOffice();
        String agency = freshAgency();
        String led = referred(freshCourt(), correction(office));
        assignedTo(office, led, freshWorker(), agency);
        String waiting = referred(freshCourt(), correction(office));
        String otherOffice = freshOffice();
        String otherAgencys = referred(freshCourt(), correction(otherOffice));
        assignedTo(otherOffice, otherAgencys, freshWorker(), freshAgency());

        Set<String> supervised = rowsOf(exported(as(supervisor(agency)), "SUPERVISION_REVIEW").asString()).keySet();
        assertEquals(Set.of(led, waiting), supervised);
        // the total counts the supervisor's two parts (the agency's cases, the waiting ones) each once
        List<String> listed = as(supervisor(agency)).when().get("/cases").then().statusCode(200)
                .body("total", equalTo(2)).body("totalExact", equalTo(true))
                .extract().jsonPath().getList("items.reference", String.class);
        assertEquals(supervised, new HashSet<>(listed));

        Map<String, List<String>> byAdmin = rowsOf(exported(as(admin()).queryParam("office", otherOffice),
                "CASE_HANDOVER").asString());
        assertEquals(Set.of(otherAgencys), byAdmin.keySet());
        assertEquals("INTAKE", byAdmin.get(otherAgencys).get(3));
        assertFalse(byAdmin.get(otherAgencys).get(8).isEmpty(), "the lead worker id is a column");
    }

    @Test
    void aSealedCaseIsNeverExported() {
        String office = freshOffice();
        String open = referred(freshCourt(), correction(office));
        String sealed = referred(freshCourt(), correction(office));
        close(office, sealed);
        as(judicialOfficer(office)).contentType(ContentType.JSON).body(Map.of("reason", "Sealed under art. 286"))
                .when().post("/cases/" + sealed + "/seal").then().statusCode(200);

        assertEquals(Set.of(open), rowsOf(exported(as(judicialOfficer(office)), "MONTHLY_RETURN").asString())
                .keySet());
        assertEquals(Set.of(open), rowsOf(exported(as(admin()).queryParam("office", office), "INSPECTION")
                .asString()).keySet());
        assertEquals(0, exportRowsOf(sealed));
    }

    @Test
    void anExportOfNothingIsTheHeaderOnlyAndWritesNoAuditRow() {
        ExtractableResponse<Response> none = exported(as(judicialOfficer(freshOffice())), "MONTHLY_RETURN");

        assertEquals(List.of(HEADER), CsvRows.parse(none.asString()));
        assertThat(none.header("X-Export-Id"), nullValue());
    }

    @Test
    void moreCasesThanOneExportHoldsAreRefusedAndNothingIsAudited() {
        String office = freshOffice();
        List<String> references = new ArrayList<>();
        // the test profile allows 5 cases per export
        for (int i = 0; i < 6; i++) {
            references.add(referred(freshCourt(), correction(office)));
        }

        as(admin()).queryParam("office", office).queryParam("purpose", "INSPECTION").when().get("/case-exports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("narrow the filters")).body("maxRows", equalTo(5));
        for (String reference : references) {
            assertEquals(0, exportRowsOf(reference));
        }

        move(office, references.get(0), "INTAKE", null);
        assertEquals(5, rowsOf(exported(as(admin()).queryParam("office", office).queryParam("status", "REFERRED"),
                "INSPECTION").asString()).size());
    }

    @Test
    void aMissingOrUnknownPurposeIsRefusedWithTheFieldNamedAndNothingAudited() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));

        as(judicialOfficer(office)).when().get("/case-exports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("purpose"));
        as(judicialOfficer(office)).queryParam("purpose", "CURIOSITY").when().get("/case-exports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("purpose")).body(not(containsString("CURIOSITY")));
        as(judicialOfficer(office)).queryParam("purpose", "MONTHLY_RETURN").queryParam("office", "nowhere")
                .when().get("/case-exports")
                .then().statusCode(400).body("errors.field", hasItem("office"));
        assertEquals(0, exportRowsOf(reference));
    }

    @Test
    void rolesThatDoNotReportOnACaseloadAreRefused() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        for (String token : List.of(courtOfficer(freshCourt()), socialWorker(), auditor(), procurementOfficer())) {
            as(token).queryParam("purpose", "INSPECTION").when().get("/case-exports")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().queryParam("purpose", "INSPECTION").when().get("/case-exports").then().statusCode(401);
        assertEquals(0, exportRowsOf(reference));
    }

    @Test
    void theDocumentDescribesTheFileAndTheRefusals() {
        String operation = "paths.'/case-exports'.get";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(operation + ".responses.'200'.content.keySet()", equalTo(Set.of("text/csv")))
                .body(operation + ".responses.keySet()", hasItems("200", "400", "401", "403", "422"))
                .body(operation + ".parameters.find { it.name == 'purpose' }.required", equalTo(true))
                .body(operation + ".parameters.name", hasItems("status", "office", "worker", "periodFrom", "sort"));
    }

    private List<String> exportedReferences(String exportId) {
        List<String> references = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select case_reference from audit_event where action = 'CASE_EXPORTED' and detail = ? "
                        + "order by case_reference")) {
            query.setString(1, exportId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return references;
    }

    private long exportRowsOf(String reference) {
        return SqlRows.count(db,
                "select count(*) from audit_event where action = 'CASE_EXPORTED' and case_reference = ?", reference);
    }
}
