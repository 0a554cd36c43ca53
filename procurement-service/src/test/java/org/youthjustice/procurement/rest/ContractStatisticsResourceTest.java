package org.youthjustice.procurement.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.ServiceType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Totals by city and service type. Each test writes its contracts in provinces of its own (61 and 62, 63), so that
 * it knows every contract its officers see, whatever other tests write.
 */
@QuarkusTest
class ContractStatisticsResourceTest {

    /** Reads amounts as they were written, to the fen: 800000.00, not 8E+5. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Instant DRAFTED = Instant.parse("2026-10-01T02:00:00Z");
    private static final Instant AWARDED = Instant.parse("2026-10-10T02:00:00Z");
    private static final Instant ACTIVATED = Instant.parse("2026-11-01T02:00:00Z");

    @Inject
    ContractRows rows;

    private final String by = "officer-" + UUID.randomUUID();

    private static String officer(String department) {
        return TestTokens.user("proc.stats").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", department)
                .token();
    }

    private static String auditor() {
        return TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token();
    }

    private String department(String region) {
        return rows.department(ContractRows.departmentCode(region), "司法局 " + region, region, by);
    }

    private UUID contract(String department, String provider, ServiceType type, int posts, String budget,
            ContractStatus... path) {
        UUID id = rows.draft(ContractRows.contractNumber(), department, provider, type, PurchaseMode.BY_POST, posts,
                budget, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), DRAFTED, by);
        Instant at = AWARDED;
        for (ContractStatus status : path) {
            rows.move(id, status, "moved", at, by);
            at = at.plusSeconds(86_400);
        }
        return id;
    }

    private static List<JsonNode> totals(String token, Map<String, ?> query) throws Exception {
        String body = given().auth().oauth2(token).queryParams(query).queryParam("size", 100)
                .when().get("/contract-statistics").then().statusCode(200).extract().asString();
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(body).path("items").forEach(items::add);
        return items;
    }

    private static List<JsonNode> inProvince(List<JsonNode> rows, String province) {
        return rows.stream().filter(row -> row.path("city").asText().startsWith(province)).toList();
    }

    private static void assertRow(JsonNode row, String city, ServiceType type, int contracts, int posts, String budget,
            String paid, String burn) {
        assertEquals(city, row.path("city").asText());
        assertEquals(type.name(), row.path("serviceType").asText());
        assertEquals(contracts, row.path("contracts").asInt(), city + " contracts");
        assertEquals(posts, row.path("fundedPosts").asInt(), city + " posts");
        assertEquals(new BigDecimal(budget), row.path("budget").decimalValue(), city + " budget");
        assertEquals(new BigDecimal(paid), row.path("paidTotal").decimalValue(), city + " paid");
        assertEquals(new BigDecimal(burn), row.path("burnPercent").decimalValue(), city + " burn");
    }

    @Test
    void aProvinceOfficerSeesEveryCityOfTheProvinceAndACityOfficerOnlyTheirDepartment() throws Exception {
        String province = department("610000");
        String xincheng = department("610102");
        String yanta = department("610113");
        String baoji = department("610300");
        String elsewhere = department("620102");
        String provider = rows.provider("陕西社工中心", "610102");

        UUID paid = contract(xincheng, provider, ServiceType.JUDICIAL_SOCIAL_WORK, 5, "500000.00",
                ContractStatus.AWARDED, ContractStatus.ACTIVE);
        rows.payment(paid, 1, "100000.00", "100000.00", LocalDate.of(2027, 1, 5), ACTIVATED, by);
        rows.payment(paid, 2, "50000.50", "50000.50", LocalDate.of(2027, 2, 5), ACTIVATED.plusSeconds(60), by);
        rows.payment(paid, 3, "99999.00", null, LocalDate.of(2027, 3, 5), ACTIVATED.plusSeconds(120), by);
        contract(yanta, provider, ServiceType.JUDICIAL_SOCIAL_WORK, 3, "300000.00", ContractStatus.AWARDED);
        UUID youth = contract(xincheng, provider, ServiceType.YOUTH_AFFAIRS_SOCIAL_WORK, 2, "200000.00",
                ContractStatus.AWARDED, ContractStatus.ACTIVE);
        rows.payment(youth, 1, "200000.00", "200000.00", LocalDate.of(2027, 1, 5), ACTIVATED, by);
        UUID amended = contract(baoji, provider, ServiceType.JUDICIAL_SOCIAL_WORK, 4, "400000.00",
                ContractStatus.AWARDED, ContractStatus.ACTIVE);
        rows.amend(amended, terms -> {
            terms.fundedPosts = 5;
            terms.budget = new BigDecimal("450000.00");
            terms.fiscalAmount = new BigDecimal("450000.00");
        }, "one more post", ACTIVATED.plusSeconds(86_400 * 10), by);
        rows.move(amended, ContractStatus.CLOSED, "completed", ACTIVATED.plusSeconds(86_400 * 400), by);
        contract(xincheng, provider, ServiceType.JUDICIAL_SOCIAL_WORK, 9, "900000.00");
        contract(elsewhere, provider, ServiceType.JUDICIAL_SOCIAL_WORK, 7, "700000.00", ContractStatus.AWARDED);

        List<JsonNode> provincial = totals(officer(province), Map.of());
        assertEquals(3, provincial.size(), provincial.toString());
        assertRow(provincial.get(0), "610100", ServiceType.JUDICIAL_SOCIAL_WORK, 2, 8, "800000.00", "150000.50", "18.75");
        assertRow(provincial.get(1), "610100", ServiceType.YOUTH_AFFAIRS_SOCIAL_WORK, 1, 2, "200000.00", "200000.00",
                "100.00");
        assertRow(provincial.get(2), "610300", ServiceType.JUDICIAL_SOCIAL_WORK, 1, 5, "450000.00", "0.00", "0.00");

        List<JsonNode> own = totals(officer(xincheng), Map.of());
        assertEquals(2, own.size(), own.toString());
        assertRow(own.get(0), "610100", ServiceType.JUDICIAL_SOCIAL_WORK, 1, 5, "500000.00", "150000.50", "30.00");

        List<JsonNode> audited = totals(auditor(), Map.of());
        assertEquals(provincial, inProvince(audited, "61"));
        List<JsonNode> neighbour = inProvince(audited, "62");
        assertEquals(1, neighbour.size(), neighbour.toString());
        assertRow(neighbour.get(0), "620100", ServiceType.JUDICIAL_SOCIAL_WORK, 1, 7, "700000.00", "0.00", "0.00");
        List<JsonNode> administered = totals(TestTokens.user("admin.ops").roles(Roles.ADMIN).token(), Map.of());
        assertEquals(provincial, inProvince(administered, "61"));
        assertEquals(neighbour, inProvince(administered, "62"));

        assertEquals(List.of(), totals(officer("DP-UNKNOWN"), Map.of()));
    }

    @Test
    void theFiltersNarrowTheTotals() throws Exception {
        String province = department("630000");
        String xining = department("630102");
        String provider = rows.provider("青海社工中心", "630102");
        contract(xining, provider, ServiceType.JUDICIAL_SOCIAL_WORK, 3, "300000.00", ContractStatus.AWARDED);
        contract(xining, provider, ServiceType.JUDICIAL_SOCIAL_WORK, 4, "400000.00", ContractStatus.AWARDED,
                ContractStatus.ACTIVE);
        contract(xining, provider, ServiceType.YOUTH_AFFAIRS_SOCIAL_WORK, 1, "100000.00", ContractStatus.TERMINATED);

        List<JsonNode> awarded = totals(officer(province), Map.of("status", "AWARDED"));
        assertEquals(1, awarded.size(), awarded.toString());
        assertRow(awarded.get(0), "630100", ServiceType.JUDICIAL_SOCIAL_WORK, 1, 3, "300000.00", "0.00", "0.00");

        List<JsonNode> youth = totals(officer(province), Map.of("serviceType", "YOUTH_AFFAIRS_SOCIAL_WORK"));
        assertEquals(1, youth.size(), youth.toString());
        assertRow(youth.get(0), "630100", ServiceType.YOUTH_AFFAIRS_SOCIAL_WORK, 1, 1, "100000.00", "0.00", "0.00");
    }

    @Test
    void filledPostsAreTheProvidersPostingsAtTheContractsSitesToday() throws Exception {
        String province = department("640000");
        String yinchuan = department("640104");
        String provider = rows.provider("宁夏社工中心", "640104");
        LocalDate today = ServiceZone.today(Clock.systemUTC());
        UUID running = rows.draft(ContractRows.contractNumber(), yinchuan, provider, ServiceType.JUDICIAL_SOCIAL_WORK,
                PurchaseMode.BY_POST, 3, "300000.00", today.minusDays(30), today.plusDays(300), DRAFTED, by);
        rows.move(running, ContractStatus.AWARDED, "moved", AWARDED, by);
        rows.move(running, ContractStatus.ACTIVE, "moved", ACTIVATED, by);
        rows.posting(provider, "JO-440104-01", "1.0", today.minusDays(20), null);
        rows.posting(provider, "JO-440104-01", "0.5", today.minusDays(10), today.plusDays(10));
        rows.posting(provider, "JO-440104-01", "1.0", today.minusDays(20), today.minusDays(1));
        rows.posting(provider, "JO-640104-09", "1.0", today.minusDays(20), null);

        List<JsonNode> totals = totals(officer(province), Map.of());
        assertEquals(1, totals.size(), totals.toString());
        assertEquals(3, totals.get(0).path("fundedPosts").asInt());
        assertEquals(new BigDecimal("1.50"), totals.get(0).path("filledPosts").decimalValue(),
                "the full-time and the half-time posting today; not the ended one, not the other site's");
    }

    @Test
    void badFiltersAreRefusedWithTheParameterNamed() {
        given().auth().oauth2(auditor()).queryParam("status", "DRAFT").when().get("/contract-statistics")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
        given().auth().oauth2(auditor()).queryParam("serviceType", "GARDENING").when().get("/contract-statistics")
                .then().statusCode(400).body("errors.field", hasItem("serviceType"));
        given().auth().oauth2(auditor()).queryParam("size", 101).when().get("/contract-statistics")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void supervisorsWorkersAndAnonymousCallersAreRefused() {
        given().auth().oauth2(TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR)
                        .claim("agency_id", "52440100MJL123454L").token())
                .when().get("/contract-statistics").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).token())
                .when().get("/contract-statistics").then().statusCode(403);
        given().when().get("/contract-statistics").then().statusCode(401);
    }
}
