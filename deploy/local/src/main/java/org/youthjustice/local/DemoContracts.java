package org.youthjustice.local;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The procurement demo records, consistent with {@link DemoCatalogue}'s agencies, postings and cases: the purchasing
 * departments (the province's Department of Justice, the justice bureaus of the five cities of the letter and
 * Guangzhou's Youth League committee), and one contract of each city's justice bureau with a demo agency, for the
 * offices its workers are posted at, awarded and active, so that its coverage shows the demo postings and cases. Each
 * active contract has its signing instalment paid; Guangzhou's Sunshine contract also a mid-term instalment planned
 * and a third-party evaluation (good). For contrast, a Youth League contract is still a draft. {@code proc.huang}
 * manages Guangzhou's contracts; the admin drafts the other cities' (an officer manages only their department's).
 */
final class DemoContracts {

    /** A department that buys social-work services, as {@code POST /api/purchasing-departments} takes it. */
    private record Department(String code, String name, String kind, String region) {
    }

    /**
     * A contract of the demo data over two years (2026-2027), at the default client ratio.
     *
     * @param name       the name its id is saved under for the records that follow
     * @param officer    who drafts, awards and pays it: an officer of the purchaser, or the admin
     * @param unitCost   the price of a post-year in CNY; the service's default (100,000) when null
     * @param charitable the part of the budget that a charity pays; the treasury pays the rest
     * @param active     awarded and activated, with its signing instalment paid; false: left a draft
     */
    private record Contract(String name, String number, String title, String purchaser, String officer,
                            String provider, String serviceType, String purchaseMode, List<String> sites, int posts,
                            Integer unitCost, long charitable, boolean active) {

        BigDecimal budget() {
            return BigDecimal.valueOf((unitCost == null ? DEFAULT_UNIT_COST : unitCost) * posts * YEARS);
        }
    }

    static final String PROVINCE_JUSTICE = "DP-4400-JUSTICE";
    static final String GUANGZHOU_JUSTICE = "DP-4401-JUSTICE";
    static final String GUANGZHOU_YOUTH = "DP-4401-YOUTH";

    private static final long DEFAULT_UNIT_COST = 100_000;
    private static final long YEARS = 2;
    private static final String PERIOD = "\"periodStart\": \"2026-01-01\", \"periodEnd\": \"2027-12-31\"";

    private static final List<Department> DEPARTMENTS = List.of(
            new Department(PROVINCE_JUSTICE, "Department of Justice of Guangdong Province", "JUSTICE_BUREAU",
                    "440000"),
            new Department(GUANGZHOU_JUSTICE, "Guangzhou Municipal Justice Bureau", "JUSTICE_BUREAU", "440100"),
            new Department("DP-4403-JUSTICE", "Shenzhen Municipal Justice Bureau", "JUSTICE_BUREAU", "440300"),
            new Department("DP-4419-JUSTICE", "Dongguan Municipal Justice Bureau", "JUSTICE_BUREAU", "441900"),
            new Department("DP-4420-JUSTICE", "Zhongshan Municipal Justice Bureau", "JUSTICE_BUREAU", "442000"),
            new Department("DP-4407-JUSTICE", "Jiangmen Municipal Justice Bureau", "JUSTICE_BUREAU", "440700"),
            new Department(GUANGZHOU_YOUTH, "Guangzhou Municipal Committee of the Communist Youth League",
                    "YOUTH_LEAGUE_COMMITTEE", "440100"));

    /**
     * Posts funded where the agencies' workers are posted (DemoCatalogue): in Guangzhou, Sunshine serves the Yuexiu
     * office (W0001 half time, W0002 and six more workers: half a post vacant) and Youth Bridge the Tianhe office
     * (W0003 half time and five more workers: half a post vacant); Dongguan funds two posts more than it has filled.
     * No contract names a court: coverage counts every case a court referred, whichever office supervises it.
     */
    private static final List<Contract> CONTRACTS = List.of(
            new Contract("gzSunshine", "GZ-JUS-2026-001", "Judicial social work in Yuexiu district",
                    GUANGZHOU_JUSTICE, "proc.huang", DemoCatalogue.SUNSHINE, "JUDICIAL_SOCIAL_WORK", "BY_POST",
                    List.of("JO-440104-01"), 8, null, 200_000, true),
            new Contract("gzYouthBridge", "GZ-JUS-2026-002", "Judicial social work in Tianhe district",
                    GUANGZHOU_JUSTICE, "proc.huang", DemoCatalogue.YOUTH_BRIDGE, "JUDICIAL_SOCIAL_WORK", "BY_POST",
                    List.of("JO-440106-01"), 6, null, 0, true),
            new Contract("szPengcheng", "SZ-JUS-2026-001", "Judicial social work in Nanshan district",
                    "DP-4403-JUSTICE", "admin.ops", "52440300MJL246800U", "JUDICIAL_SOCIAL_WORK", "BY_POST",
                    List.of("JO-440305-01"), 10, 120_000, 0, true),
            new Contract("dgHarbourLight", "DG-JUS-2026-001", "Judicial social work in Dongguan",
                    "DP-4419-JUSTICE", "admin.ops", "52441900MJL1357909", "JUDICIAL_SOCIAL_WORK", "BY_POST",
                    List.of("JO-441900-01"), 12, null, 300_000, true),
            new Contract("zsFragrantHill", "ZS-JUS-2026-001", "Judicial social work in Zhongshan",
                    "DP-4420-JUSTICE", "admin.ops", "52442000MJL975310U", "JUDICIAL_SOCIAL_WORK", "BY_POST",
                    List.of("JO-442000-01"), 8, null, 0, true),
            new Contract("jmWuyi", "JM-JUS-2026-001", "Judicial social work in Pengjiang district",
                    "DP-4407-JUSTICE", "admin.ops", "52440700MJL864200Y", "JUDICIAL_SOCIAL_WORK", "BY_POST",
                    List.of("JO-440703-01"), 8, null, 100_000, true),
            new Contract("gzYouthLeague", "GZ-YOUTH-2027-001", "Prevention work with young people at risk in Tianhe",
                    GUANGZHOU_YOUTH, "admin.ops", DemoCatalogue.YOUTH_BRIDGE, "YOUTH_AFFAIRS_SOCIAL_WORK",
                    "BY_PROJECT", List.of("JO-440106-01"), 2, null, 50_000, false));

    private DemoContracts() {
    }

    static void add(List<DemoRecord> records) {
        for (Department department : DEPARTMENTS) {
            records.add(DemoRecord.post("admin.ops", "/api/purchasing-departments", """
                    {"code": "%s", "name": "%s", "kind": "%s", "regionCode": "%s"}""".formatted(department.code(),
                    department.name(), department.kind(), department.region())));
        }
        for (Contract contract : CONTRACTS) {
            contract(records, contract);
        }
    }

    private static void contract(List<DemoRecord> records, Contract contract) {
        String path = "/api/contracts/{" + contract.name() + "}";
        BigDecimal budget = contract.budget();
        BigDecimal charitable = BigDecimal.valueOf(contract.charitable());
        List<String> sources = new ArrayList<>();
        sources.add("{\"source\": \"FISCAL\", \"amount\": %s}".formatted(money(budget.subtract(charitable))));
        if (contract.charitable() > 0) {
            sources.add("{\"source\": \"CHARITABLE\", \"amount\": %s}".formatted(money(charitable)));
        }
        // the provider is known to procurement-service once it has consumed the agency's agency.registered
        records.add(DemoRecord.post(contract.officer(), "/api/contracts", """
                {"number": "%s", "title": "%s", "purchaserCode": "%s", "providerCode": "%s", \
                "purchaseMode": "%s", "serviceType": "%s", "sites": [%s], %s, "fundedPosts": %d, %s\
                "budget": %s, "fundingSources": [%s]}""".formatted(contract.number(), contract.title(),
                contract.purchaser(), contract.provider(), contract.purchaseMode(), contract.serviceType(),
                String.join(", ", contract.sites().stream().map(site -> "\"" + site + "\"").toList()), PERIOD,
                contract.posts(), contract.unitCost() == null ? ""
                        : "\"unitCostPerPostYear\": %d, ".formatted(contract.unitCost()),
                money(budget), String.join(", ", sources))).savingIdAs(contract.name()).afterEvents());
        if (!contract.active()) {
            return;
        }
        records.add(transition(contract, path, "AWARDED", "Awarded after public tender"));
        records.add(transition(contract, path, "ACTIVE", "Contract signed, services started"));
        // a third of the budget at signing, paid; Guangzhou's Sunshine contract plans the mid-term instalment too
        BigDecimal signing = budget.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        String signingPayment = contract.name() + "Signing";
        records.add(DemoRecord.post(contract.officer(), path + "/payments", """
                {"milestone": "SIGNING", "plannedAmount": %s, "plannedOn": "2026-01-15"}""".formatted(money(signing)))
                .savingIdAs(signingPayment));
        records.add(DemoRecord.post(contract.officer(), path + "/payments/{" + signingPayment + "}/disbursement", """
                {"paidAmount": %s, "paidOn": "2026-01-20"}""".formatted(money(signing))));
        if (contract.name().equals("gzSunshine")) {
            records.add(DemoRecord.post(contract.officer(), path + "/payments", """
                    {"milestone": "MID_TERM", "plannedAmount": %s, "plannedOn": "2027-01-15"}"""
                    .formatted(money(signing))));
            // weighted score 85.85: good, so no rectification plan is required and nothing is withheld
            records.add(DemoRecord.post(contract.officer(), path + "/evaluations", """
                    {"evaluator": "Guangdong Social Work Performance Evaluation Centre", "evaluatedOn": "2026-11-20", \
                    "indicators": [{"indicator": "INPUT", "weight": 15, "score": 88}, \
                    {"indicator": "PROCESS", "weight": 25, "score": 85}, \
                    {"indicator": "OUTPUT", "weight": 25, "score": 90}, \
                    {"indicator": "OUTCOME", "weight": 20, "score": 80}, \
                    {"indicator": "SATISFACTION", "weight": 15, "score": 86}]}"""));
        }
    }

    private static DemoRecord transition(Contract contract, String path, String to, String reason) {
        return DemoRecord.post(contract.officer(), path + "/transitions", """
                {"to": "%s", "reason": "%s"}""".formatted(to, reason)).ifMatchOf(path);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
