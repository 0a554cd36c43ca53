package org.youthjustice.procurement.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.ServiceType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OcdsResourceTest {

    /** Reads amounts as they were written, to the fen: 800000.00, not 8E+5. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Instant DRAFTED = Instant.parse("2026-11-02T02:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    /** A person named in free-text reasons, and the subjects of those who acted: none may be published. */
    private static final String PERSON = "张小明";

    @Inject
    ContractRows rows;

    private final String officer = "officer-" + UUID.randomUUID();
    private final String treasurer = "treasurer-" + UUID.randomUUID();

    private static String anyone() {
        return TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).token();
    }

    private String department() {
        String code = ContractRows.departmentCode("440104");
        return rows.department(code, "越秀区司法局", "440104", officer);
    }

    private UUID draft(String number, String department, String provider, PurchaseMode mode) {
        return rows.draft(number, department, provider, ServiceType.JUDICIAL_SOCIAL_WORK, mode, 5, "500000.00",
                START, END, DRAFTED, officer);
    }

    private static JsonNode ocds(UUID id) throws Exception {
        String body = given().auth().oauth2(anyone()).when().get("/contracts/" + id + "/ocds")
                .then().statusCode(200).contentType("application/json").extract().asString();
        return JSON.readTree(body);
    }

    private static List<String> texts(JsonNode releases, String field) {
        List<String> texts = new ArrayList<>();
        releases.forEach(release -> texts.add(release.path(field).isArray() ? release.path(field).get(0).asText()
                : release.path(field).asText()));
        return texts;
    }

    @Test
    void aContractsWholeProcessIsPublishedAsValidReleasesWithoutAPerson() throws Exception {
        String number = ContractRows.contractNumber();
        String department = department();
        String provider = rows.provider("广州市阳光社会工作服务中心", "440104");
        UUID id = draft(number, department, provider, PurchaseMode.BY_POST);
        rows.move(id, ContractStatus.AWARDED, "awarded after review by " + PERSON, Instant.parse("2026-11-10T02:00:00Z"),
                officer);
        rows.amend(id, terms -> terms.periodEnd = LocalDate.of(2028, 1, 31), "asked by " + PERSON,
                Instant.parse("2026-11-20T02:00:00Z"), officer);
        rows.move(id, ContractStatus.ACTIVE, "signed", Instant.parse("2026-12-01T02:00:00Z"), officer);
        rows.payment(id, 1, "150000.00", "150000.00", LocalDate.of(2027, 1, 5), Instant.parse("2027-01-05T03:00:00Z"),
                treasurer);
        rows.amend(id, terms -> {
            terms.fundedPosts = 6;
            terms.budget = new BigDecimal("600000.00");
            terms.fiscalAmount = new BigDecimal("600000.00");
        }, PERSON + " resigned, one more post", Instant.parse("2027-03-01T02:00:00Z"), officer);
        JsonNode before = ocds(id);
        rows.payment(id, 2, "200000.00", "200000.00", LocalDate.of(2027, 6, 30), Instant.parse("2027-06-30T04:00:00Z"),
                treasurer);
        rows.payment(id, 3, "250000.00", null, LocalDate.of(2027, 12, 31), Instant.parse("2027-07-01T04:00:00Z"),
                treasurer);
        rows.move(id, ContractStatus.CLOSED, "completed", Instant.parse("2028-02-01T02:00:00Z"), officer);

        JsonNode ocds = ocds(id);
        assertEquals(List.of(), OcdsDocuments.schemaViolations(ocds));
        assertEquals(List.of(), OcdsDocuments.codelistViolations(ocds));
        assertEquals("1.1", ocds.path("version").asText());
        assertTrue(ocds.path("uri").asText().endsWith("/contracts/" + id + "/ocds"));

        JsonNode releases = ocds.path("releases");
        String ocid = "ocds-yjs000-" + number;
        assertEquals(List.of("tender", "award", "awardUpdate", "contract", "implementation", "contractAmendment",
                "implementationUpdate", "contractTermination"), texts(releases, "tag"));
        assertEquals(List.of(ocid + "-tender", ocid + "-award", ocid + "-amendment-1", ocid + "-contract",
                ocid + "-payment-1", ocid + "-amendment-2", ocid + "-payment-2", ocid + "-termination"),
                texts(releases, "id"));
        releases.forEach(release -> assertEquals(ocid, release.path("ocid").asText()));
        assertEquals("2028-02-01T10:00:00+08:00", ocds.path("publishedDate").asText());

        JsonNode tender = releases.get(0).path("tender");
        assertEquals(department, tender.path("procuringEntity").path("id").asText());
        assertEquals("selective", tender.path("procurementMethod").asText());
        assertEquals("services", tender.path("mainProcurementCategory").asText());
        assertEquals(0, new BigDecimal("500000.00").compareTo(tender.path("value").path("amount").decimalValue()));
        assertEquals("CNY", tender.path("value").path("currency").asText());
        assertEquals("2027-01-01T00:00:00+08:00", tender.path("contractPeriod").path("startDate").asText());
        assertEquals("2027-12-31T23:59:59+08:00", tender.path("contractPeriod").path("endDate").asText());

        JsonNode award = releases.get(2).path("awards").get(0);
        assertEquals("2028-01-31T23:59:59+08:00", award.path("contractPeriod").path("endDate").asText());
        assertEquals("CN-USCC-" + provider, award.path("suppliers").get(0).path("id").asText());
        JsonNode supplier = releases.get(1).path("parties").get(1);
        assertEquals("CN-USCC", supplier.path("identifier").path("scheme").asText());
        assertEquals(provider, supplier.path("identifier").path("id").asText());

        JsonNode contract = releases.get(7).path("contracts").get(0);
        assertEquals("terminated", contract.path("status").asText());
        assertEquals(0, new BigDecimal("600000.00").compareTo(contract.path("value").path("amount").decimalValue()));
        assertEquals(6, contract.path("items").get(0).path("quantity").asInt());
        JsonNode transactions = contract.path("implementation").path("transactions");
        assertEquals(2, transactions.size(), "the planned, unpaid instalment is no transaction");
        assertEquals(0, new BigDecimal("200000.00").compareTo(transactions.get(1).path("value").path("amount")
                .decimalValue()));
        assertEquals(department, transactions.get(1).path("payer").path("id").asText());
        assertEquals("CN-USCC-" + provider, transactions.get(1).path("payee").path("id").asText());
        assertEquals("2027-06-30T00:00:00+08:00", transactions.get(1).path("date").asText());
        JsonNode amendment = contract.path("amendments").get(0);
        assertEquals("2", amendment.path("id").asText());
        assertEquals(ocid + "-payment-1", amendment.path("amendsReleaseID").asText());
        assertEquals(ocid + "-amendment-2", amendment.path("releaseID").asText());
        assertTrue(amendment.path("rationale").asText().contains("funded posts"));
        assertTrue(amendment.path("rationale").asText().contains("budget"));
        assertEquals(List.of("buyer", "procuringEntity", "payer"),
                JSON.convertValue(releases.get(7).path("parties").get(0).path("roles"), List.class));

        String text = ocds.toString();
        String callerSubject = UUID.nameUUIDFromBytes("sw.li".getBytes()).toString();
        for (String personal : List.of(PERSON, officer, treasurer, "sw.li", callerSubject, "resigned", "review")) {
            assertFalse(text.contains(personal), personal + " was published");
        }

        // published releases never change: those of the earlier package come back the same, with the same ids
        for (int i = 0; i < before.path("releases").size(); i++) {
            assertEquals(before.path("releases").get(i), releases.get(i));
        }
        assertEquals(ocds, ocds(id));
    }

    @Test
    void aTerminationBeforeTheAwardOrBeforeActivationIsACancellation() throws Exception {
        String department = department();
        String provider = rows.provider("深圳市青少年社工服务社", "440304");
        UUID neverAwarded = draft(ContractRows.contractNumber(), department, provider, PurchaseMode.BY_PROJECT);
        rows.move(neverAwarded, ContractStatus.TERMINATED, "no bidder", Instant.parse("2026-11-05T02:00:00Z"), officer);
        UUID neverActive = draft(ContractRows.contractNumber(), department, provider, PurchaseMode.BY_PROJECT);
        rows.move(neverActive, ContractStatus.AWARDED, "awarded", Instant.parse("2026-11-05T02:00:00Z"), officer);
        rows.move(neverActive, ContractStatus.TERMINATED, "withdrawn", Instant.parse("2026-11-25T02:00:00Z"), officer);

        JsonNode cancelledTender = ocds(neverAwarded);
        assertEquals(List.of(), OcdsDocuments.schemaViolations(cancelledTender));
        assertEquals(List.of(), OcdsDocuments.codelistViolations(cancelledTender));
        assertEquals(List.of("tenderCancellation"), texts(cancelledTender.path("releases"), "tag"));
        JsonNode tender = cancelledTender.path("releases").get(0).path("tender");
        assertEquals("cancelled", tender.path("status").asText());
        assertEquals("open", tender.path("procurementMethod").asText());

        JsonNode cancelledAward = ocds(neverActive);
        assertEquals(List.of(), OcdsDocuments.schemaViolations(cancelledAward));
        assertEquals(List.of(), OcdsDocuments.codelistViolations(cancelledAward));
        assertEquals(List.of("tender", "award", "awardCancellation"), texts(cancelledAward.path("releases"), "tag"));
        assertEquals("cancelled", cancelledAward.path("releases").get(2).path("awards").get(0).path("status").asText());
    }

    @Test
    void theSchemaCheckRefusesWhatOcdsRefuses() throws Exception {
        String department = department();
        UUID id = draft(ContractRows.contractNumber(), department, rows.provider("东莞市社工中心", "441900"),
                PurchaseMode.BY_POST);
        rows.move(id, ContractStatus.AWARDED, "awarded", Instant.parse("2026-11-05T02:00:00Z"), officer);
        JsonNode valid = ocds(id);
        assertEquals(List.of(), OcdsDocuments.schemaViolations(valid));

        ObjectNode badTag = valid.deepCopy();
        ((ObjectNode) badTag.path("releases").get(0)).putArray("tag").add("signed");
        assertNotEquals(List.of(), OcdsDocuments.schemaViolations(badTag));
        ObjectNode badDate = valid.deepCopy();
        ((ObjectNode) badDate.path("releases").get(1).path("awards").get(0)).put("date", "2026-11-05");
        assertNotEquals(List.of(), OcdsDocuments.schemaViolations(badDate));
        ObjectNode badRole = valid.deepCopy();
        ((ObjectNode) badRole.path("releases").get(0).path("parties").get(0)).putArray("roles").add("auditor");
        assertNotEquals(List.of(), OcdsDocuments.codelistViolations(badRole));
    }

    @Test
    void aDraftIsNotPublishedAndAnonymousCallersAreRefused() {
        UUID draft = draft(ContractRows.contractNumber(), department(), rows.provider("中山市社工中心", "442000"),
                PurchaseMode.BY_POST);
        given().auth().oauth2(anyone()).when().get("/contracts/" + draft + "/ocds")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token())
                .when().get("/contracts/" + UUID.randomUUID() + "/ocds")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/contracts/" + draft + "/ocds").then().statusCode(401);
        given().when().get("/ocds/releases").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).forged().token())
                .when().get("/ocds/releases").then().statusCode(401);
    }

    @Test
    void everyRoleAndPartnerReadsAPublishedContract() {
        UUID id = draft(ContractRows.contractNumber(), department(), rows.provider("江门市社工中心", "440700"),
                PurchaseMode.BY_POST);
        rows.move(id, ContractStatus.AWARDED, "awarded", Instant.parse("2026-11-05T02:00:00Z"), officer);
        for (String token : List.of(anyone(),
                TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR).claim("agency_id", "52440100MJL123454L").token(),
                TestTokens.user("proc.other").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", "DP-9999").token(),
                TestTokens.client("partner-court-gz").roles(Roles.PARTNER_SYSTEM, Roles.COURT_OFFICER).token())) {
            given().auth().oauth2(token).when().get("/contracts/" + id + "/ocds").then().statusCode(200);
            given().auth().oauth2(token).when().get("/ocds/releases").then().statusCode(200);
        }
    }

    @Test
    void theListHoldsEachPublishedContractOnceCompiledInAStableOrder() throws Exception {
        String department = department();
        String provider = rows.provider("广州市启明社工中心", "440106");
        UUID draft = draft(ContractRows.contractNumber(), department, provider, PurchaseMode.BY_POST);
        String activeNumber = ContractRows.contractNumber();
        UUID active = draft(activeNumber, department, provider, PurchaseMode.BY_POST);
        rows.move(active, ContractStatus.AWARDED, "awarded", Instant.parse("2026-11-05T02:00:00Z"), officer);
        rows.move(active, ContractStatus.ACTIVE, "signed", Instant.parse("2026-11-06T02:00:00Z"), officer);
        rows.payment(active, 1, "100000.00", "100000.00", LocalDate.of(2027, 1, 5),
                Instant.parse("2027-01-05T03:00:00Z"), treasurer);
        String awardedNumber = ContractRows.contractNumber();
        UUID awarded = draft(awardedNumber, department, provider, PurchaseMode.BY_PROJECT);
        rows.move(awarded, ContractStatus.AWARDED, "awarded", Instant.parse("2026-11-05T02:00:00Z"), officer);

        List<String> ids = new ArrayList<>();
        List<JsonNode> mine = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * 100 < total; page++) {
            JsonNode releasePackage = JSON.readTree(given().auth().oauth2(anyone()).queryParam("page", page)
                    .queryParam("size", 100).when().get("/ocds/releases").then().statusCode(200).extract().asString());
            assertEquals(List.of(), OcdsDocuments.schemaViolations(releasePackage));
            assertEquals(List.of(), OcdsDocuments.codelistViolations(releasePackage));
            total = releasePackage.path("total").asLong();
            for (JsonNode release : releasePackage.path("releases")) {
                ids.add(release.path("ocid").asText());
                if (release.path("ocid").asText().startsWith("ocds-yjs000-" + activeNumber)
                        || release.path("ocid").asText().equals("ocds-yjs000-" + awardedNumber)) {
                    mine.add(release);
                }
                assertEquals(List.of("compiled"), JSON.convertValue(release.path("tag"), List.class));
            }
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "each contract once");
        assertEquals(2, mine.size());
        assertFalse(ids.contains("ocds-yjs000-" + draft), "a draft is not published");
        JsonNode compiled = mine.get(0).path("ocid").asText().endsWith(activeNumber) ? mine.get(0) : mine.get(1);
        assertEquals("ocds-yjs000-" + activeNumber + "-compiled-4", compiled.path("id").asText());
        assertEquals("active", compiled.path("contracts").get(0).path("status").asText());
        assertEquals(1, compiled.path("contracts").get(0).path("implementation").path("transactions").size());
        assertEquals("complete", compiled.path("tender").path("status").asText());

        JsonNode first = JSON.readTree(given().auth().oauth2(anyone()).queryParam("size", 5).when().get("/ocds/releases")
                .then().statusCode(200).extract().asString());
        JsonNode again = JSON.readTree(given().auth().oauth2(anyone()).queryParam("size", 5).when().get("/ocds/releases")
                .then().statusCode(200).extract().asString());
        assertEquals(texts(first.path("releases"), "ocid"), texts(again.path("releases"), "ocid"));
        assertEquals(ids.subList(0, first.path("releases").size()), texts(first.path("releases"), "ocid"));
    }

    @Test
    void aPageOutOfRangeIsRefusedWithTheParameterNamed() {
        given().auth().oauth2(anyone()).queryParam("size", 101).when().get("/ocds/releases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("size"));
        given().auth().oauth2(anyone()).queryParam("page", -1).when().get("/ocds/releases")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("page"));
    }
}
