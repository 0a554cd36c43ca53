package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The procurement demo records against the rest of the demo data and the realm, so that the coverage proc.huang sees
 * in a local run is made of the demo postings and cases, and every record is one its user may make.
 */
class DemoContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REALM = Path.of(System.getProperty("basedir", "."))
            .resolve("../keycloak/youth-justice-realm.json");

    @Test
    void everyContractServesOfficesWhereItsProvidersWorkersArePostedAfterTheAgencyAndDepartmentExist() {
        Map<String, String> agencyOfWorker = new HashMap<>();
        Map<String, Set<String>> sitesOfAgency = new HashMap<>();
        Set<String> agencies = new HashSet<>();
        Set<String> departments = new HashSet<>();
        int contracts = 0;
        for (DemoRecord record : DemoData.RECORDS) {
            JsonNode body = body(record);
            switch (record.path()) {
                case "/api/agencies" -> agencies.add(body.path("creditCode").asText());
                case "/api/purchasing-departments" -> departments.add(body.path("code").asText());
                case "/api/workers" -> agencyOfWorker.put(body.path("workerId").asText(),
                        body.path("agencyCode").asText());
                case "/api/contracts" -> {
                    contracts++;
                    String number = body.path("number").asText();
                    String provider = body.path("providerCode").asText();
                    assertTrue(agencies.contains(provider), number + ": its provider is registered before");
                    assertTrue(departments.contains(body.path("purchaserCode").asText()),
                            number + ": its purchaser is created before");
                    for (JsonNode site : body.path("sites")) {
                        assertTrue(sitesOfAgency.getOrDefault(provider, Set.of()).contains(site.asText()),
                                number + ": a worker of " + provider + " is posted at " + site.asText());
                    }
                }
                default -> {
                    if (record.path().matches("/api/workers/W\\d+/postings")) {
                        String worker = record.path().split("/")[3];
                        sitesOfAgency.computeIfAbsent(agencyOfWorker.get(worker), a -> new HashSet<>())
                                .add(body.path("siteCode").asText());
                    }
                }
            }
        }
        assertEquals(7, contracts);
    }

    @Test
    void eachOfTheFiveCitiesJusticeBureausHasAnActiveContractAndTheYouthLeagueADraft() {
        Map<String, String> purchaserOf = new HashMap<>();
        Map<String, String> statusOf = new TreeMap<>();
        for (DemoRecord record : DemoData.RECORDS) {
            if (record.path().equals("/api/contracts")) {
                purchaserOf.put(record.saveAs(), body(record).path("purchaserCode").asText());
                statusOf.put(record.saveAs(), "DRAFT");
            } else if (record.path().matches("/api/contracts/\\{\\w+}/transitions")) {
                statusOf.put(contractOf(record), body(record).path("to").asText());
            }
        }
        Map<String, String> statusByPurchaser = new TreeMap<>();
        statusOf.forEach((name, status) -> statusByPurchaser.merge(purchaserOf.get(name), status,
                (a, b) -> a + " " + b));
        assertEquals(Map.of("DP-4401-JUSTICE", "ACTIVE ACTIVE", "DP-4403-JUSTICE", "ACTIVE",
                "DP-4407-JUSTICE", "ACTIVE", "DP-4419-JUSTICE", "ACTIVE", "DP-4420-JUSTICE", "ACTIVE",
                "DP-4401-YOUTH", "DRAFT"), statusByPurchaser);
    }

    @Test
    void fundingSourcesAddUpToTheBudgetAndPaymentsStayWithinItInWholeFen() {
        Map<String, BigDecimal> budgetOf = new HashMap<>();
        Map<String, BigDecimal> plannedOf = new HashMap<>();
        for (DemoRecord record : DemoData.RECORDS) {
            JsonNode body = body(record);
            if (record.path().equals("/api/contracts")) {
                BigDecimal budget = body.path("budget").decimalValue();
                BigDecimal sources = BigDecimal.ZERO;
                for (JsonNode source : body.path("fundingSources")) {
                    sources = sources.add(source.path("amount").decimalValue());
                }
                assertEquals(0, budget.compareTo(sources), body.path("number").asText());
                assertTrue(budget.scale() <= 2, body.path("number").asText());
                budgetOf.put(record.saveAs(), budget);
            } else if (record.path().endsWith("/payments")) {
                String contract = contractOf(record);
                plannedOf.merge(contract, body.path("plannedAmount").decimalValue(), BigDecimal::add);
            }
        }
        assertTrue(plannedOf.containsKey("gzSunshine"));
        plannedOf.forEach((contract, planned) -> assertTrue(planned.compareTo(budgetOf.get(contract)) <= 0, contract));
    }

    @Test
    void everyProcurementRecordIsMadeByTheAdminOrAnOfficerOfTheContractsPurchaser() {
        Map<String, String> departmentOf = new HashMap<>();
        for (Summary.DemoUser user : Summary.demoUsers(REALM)) {
            user.claims().stream().filter(claim -> claim.startsWith("department_code="))
                    .forEach(claim -> departmentOf.put(user.username(), claim.substring("department_code=".length())));
        }
        Map<String, String> purchaserOf = new HashMap<>();
        Set<String> officers = new TreeSet<>();
        for (DemoRecord record : DemoData.RECORDS) {
            if (!record.path().startsWith("/api/contracts")) {
                continue;
            }
            String contract = record.path().equals("/api/contracts") ? record.saveAs()
                    : contractOf(record);
            if (record.path().equals("/api/contracts")) {
                purchaserOf.put(contract, body(record).path("purchaserCode").asText());
            }
            if (!record.username().equals("admin.ops")) {
                assertEquals(purchaserOf.get(contract), departmentOf.get(record.username()),
                        record.method() + " " + record.path() + " as " + record.username());
                officers.add(record.username());
            }
        }
        assertEquals(Set.of("proc.huang"), officers, "proc.huang manages Guangzhou's justice contracts");
    }

    @Test
    void noContractNumberIsUsedTwiceWhichWouldLeaveOneSilentlyUnmade() {
        List<String> numbers = DemoData.RECORDS.stream().filter(record -> record.path().equals("/api/contracts"))
                .map(record -> body(record).path("number").asText()).toList();
        assertEquals(numbers.size(), new HashSet<>(numbers).size());
    }

    /** The contract a record's path is about: {@code gzSunshine} of {@code /api/contracts/{gzSunshine}/...}. */
    private static String contractOf(DemoRecord record) {
        return record.path().replaceFirst("^/api/contracts/\\{(\\w+)}.*$", "$1");
    }

    private static JsonNode body(DemoRecord record) {
        try {
            return record.json() == null ? JSON.createObjectNode() : JSON.readTree(record.json());
        } catch (IOException e) {
            throw new UncheckedIOException(record.path(), e);
        }
    }
}
