package org.youthjustice.systemtests;

import org.youthjustice.local.SuiteSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;

/**
 * The objects of the demo data (deploy/local, DemoCatalogue) each principal's scope makes its own or foreign: two
 * courts (Yuexiu CT-440104 refers the Yuexiu office's cases, Tianhe CT-440106 the Tianhe office's), two agencies
 * (Sunshine: W0001 sw.li, W0002 sw.chen, supervisor sup.wang; Youth Bridge: W0003 sw.zhou), a sealed case, and
 * workers of another city's agency (W0027, Shenzhen) whom no one but an admin sees.
 * <ul>
 *   <li>Yuexiu case: led by W0001, referred by CT-440104, office JO-440104-01.</li>
 *   <li>Chen's case: Yuexiu, led by W0002 (foreign to sw.li although of the same office and agency).</li>
 *   <li>Tianhe case: led by W0003, referred by CT-440106, office JO-440106-01.</li>
 *   <li>Sealed case: Tianhe, closed and sealed.</li>
 *   <li>Guangzhou's contract {@code GZ-JUS-2026-001}: of proc.huang's justice bureau with Sunshine (sup.wang's), at
 *   the Yuexiu office; active, so its OCDS release is published.</li>
 *   <li>Shenzhen's contract {@code SZ-JUS-2026-001}: of another bureau with another agency, foreign to both.</li>
 *   <li>The Youth League's draft {@code GZ-YOUTH-2027-001}: unpublished, so its OCDS release is no one's.</li>
 * </ul>
 * proc.zheng, of the province's Department of Justice, manages no contract: each city's is foreign to him.
 */
final class DemoScopes {

    /** What an object is to a principal. */
    enum Relation {
        OWN, FOREIGN, SEALED, NONEXISTENT
    }

    static final String SUNSHINE = "52440100MJL123454L";
    static final String YOUTH_BRIDGE = "52440100MJL6789007";
    static final String UNKNOWN_AGENCY = "91440101MA59TEST0X";
    static final String FOREIGN_WORKER = "W0027";

    static final String GUANGZHOU_JUSTICE = "DP-4401-JUSTICE";
    static final String NO_SUCH_DEPARTMENT = "DP-4499-NONE";

    private final String yuexiuCase;
    private final String chensCase;
    private final String tianheCase;
    private final String sealedCase;
    private final String guangzhouContract;
    private final String shenzhenContract;
    private final String draftContract;

    private DemoScopes(String yuexiuCase, String chensCase, String tianheCase, String sealedCase,
                       String guangzhouContract, String shenzhenContract, String draftContract) {
        this.yuexiuCase = yuexiuCase;
        this.chensCase = chensCase;
        this.tianheCase = tianheCase;
        this.sealedCase = sealedCase;
        this.guangzhouContract = guangzhouContract;
        this.shenzhenContract = shenzhenContract;
        this.draftContract = draftContract;
    }

    /**
     * Finds the demo cases by office and lead worker (as the admin), the sealed one in the audit trail, and the demo
     * contracts by purchaser, site and number (system tests draft more contracts of the same bureau and agency).
     */
    static DemoScopes of(SuiteSettings suite) {
        String admin = Keycloak.tokenOf(suite, "admin.ops");
        String sealed = given().baseUri(suite.gatewayUrl()).auth().oauth2(Keycloak.tokenOf(suite, "auditor.sun"))
                .queryParam("action", "CASE_SEALED").get("/api/audit-events")
                .then().statusCode(200).extract().path("items[0].caseReference");
        return new DemoScopes(activeCase(suite, admin, "JO-440104-01", "W0001"),
                activeCase(suite, admin, "JO-440104-01", "W0002"),
                activeCase(suite, admin, "JO-440106-01", "W0003"), sealed,
                contract(suite, admin, GUANGZHOU_JUSTICE, "JO-440104-01", "GZ-JUS-2026-001"),
                contract(suite, admin, "DP-4403-JUSTICE", "JO-440305-01", "SZ-JUS-2026-001"),
                contract(suite, admin, "DP-4401-YOUTH", "JO-440106-01", "GZ-YOUTH-2027-001"));
    }

    private static String contract(SuiteSettings suite, String admin, String purchaser, String site, String number) {
        String id = given().baseUri(suite.gatewayUrl()).auth().oauth2(admin)
                .queryParam("purchaserCode", purchaser).queryParam("site", site).queryParam("size", 100)
                .get("/api/contracts").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.number == '" + number + "' }.id");
        if (id == null) {
            throw new IllegalStateException("no demo contract " + number);
        }
        return id;
    }

    private static String activeCase(SuiteSettings suite, String admin, String office, String worker) {
        return given().baseUri(suite.gatewayUrl()).auth().oauth2(admin)
                .queryParam("office", office).queryParam("worker", worker).queryParam("status", "ACTIVE")
                .get("/api/cases").then().statusCode(200).extract().path("items[0].reference");
    }

    /** Whether a principal belongs to the Tianhe side of the demo data (its court, or the Youth Bridge worker). */
    private static boolean tianhe(Principal principal) {
        return List.of("sw.zhou", "court.he", "partner-court-tianhe").contains(principal.name());
    }

    /** The value of an object of {@code kind} that has {@code relation} to {@code principal}; empty: there is none. */
    Optional<String> object(String kind, Principal principal, Relation relation) {
        return switch (kind) {
            case "case" -> caseOf(principal, relation);
            case "worker" -> workerOf(principal, relation);
            case "agency" -> agencyOf(principal, relation);
            case "region" -> switch (relation) {
                case OWN -> Optional.of("440104");
                case NONEXISTENT -> Optional.of("440199");
                default -> Optional.empty();
            };
            case "department" -> switch (relation) {
                case OWN -> Optional.of(GUANGZHOU_JUSTICE);
                case NONEXISTENT -> Optional.of(NO_SUCH_DEPARTMENT);
                default -> Optional.empty();
            };
            case "contract" -> contractOf(principal, relation);
            case "published-contract" -> switch (relation) {
                // any caller reads a published contract's release; a draft's is no one's
                case OWN -> Optional.of(guangzhouContract);
                case FOREIGN -> Optional.of(draftContract);
                case SEALED -> Optional.empty();
                case NONEXISTENT -> Optional.of(OperationCall.NO_SUCH_UUID);
            };
            default -> Optional.empty();
        };
    }

    /**
     * Guangzhou's contract is proc.huang's (his bureau's) and sup.wang's (her agency's); Shenzhen's is foreign to them;
     * the province's officer manages none, so both are foreign to him. Auditors and admins read every contract.
     */
    private Optional<String> contractOf(Principal principal, Relation relation) {
        boolean province = principal.name().equals("proc.zheng");
        boolean readsAll = principal.admin() || principal.roles().contains("auditor");
        return switch (relation) {
            case OWN -> province ? Optional.empty() : Optional.of(guangzhouContract);
            case FOREIGN -> readsAll ? Optional.empty() : Optional.of(province ? guangzhouContract : shenzhenContract);
            case SEALED -> Optional.empty();
            case NONEXISTENT -> Optional.of(OperationCall.NO_SUCH_UUID);
        };
    }

    private Optional<String> caseOf(Principal principal, Relation relation) {
        String own = principal.name().equals("sw.chen") ? chensCase : tianhe(principal) ? tianheCase : yuexiuCase;
        String foreign = principal.name().equals("sw.chen") || tianhe(principal) ? yuexiuCase : tianheCase;
        return switch (relation) {
            case OWN -> Optional.of(own);
            case FOREIGN -> principal.admin() ? Optional.empty() : Optional.of(foreign);
            case SEALED -> Optional.of(sealedCase);
            case NONEXISTENT -> Optional.of("GZ-2099-999999");
        };
    }

    private static Optional<String> workerOf(Principal principal, Relation relation) {
        Map<String, String> own = new HashMap<>(Map.of("sw.li", "W0001", "sw.chen", "W0002", "sw.zhou", "W0003",
                "sup.wang", "W0001", "jo.zhao", "W0001", "court.liu", "W0001", "partner-court-gz", "W0001",
                "partner-office-yuexiu", "W0001", "admin.ops", "W0001"));
        return switch (relation) {
            // the Tianhe court has no assessor and no posting: no worker is its own; proc.huang and auditor.sun
            // are refused by role, whatever the worker
            case OWN -> tianhe(principal) && principal.roles().contains("court-officer") ? Optional.empty()
                    : Optional.of(own.getOrDefault(principal.name(), "W0001"));
            case FOREIGN -> principal.admin() ? Optional.empty() : Optional.of(FOREIGN_WORKER);
            case SEALED -> Optional.empty();
            case NONEXISTENT -> Optional.of("W99999999");
        };
    }

    private static Optional<String> agencyOf(Principal principal, Relation relation) {
        boolean agencyBound = principal.roles().contains("social-worker")
                || principal.roles().contains("agency-supervisor");
        String own = principal.name().equals("sw.zhou") ? YOUTH_BRIDGE : SUNSHINE;
        return switch (relation) {
            case OWN -> Optional.of(own);
            case FOREIGN -> agencyBound ? Optional.of(own.equals(SUNSHINE) ? YOUTH_BRIDGE : SUNSHINE) : Optional.empty();
            case SEALED -> Optional.empty();
            case NONEXISTENT -> Optional.of(UNKNOWN_AGENCY);
        };
    }

    /**
     * What must never appear in a 2xx answer to {@code principal}: the references of its foreign and sealed cases,
     * and the foreign worker's id. An admin sees everything but sealed cases; an auditor reads the audit trail of
     * every case, sealed ones included, by reference (case-service README, "Audit trail").
     */
    List<String> foreignData(Principal principal) {
        if (principal.roles().contains("auditor")) {
            return List.of();
        }
        if (principal.admin()) {
            return List.of(sealedCase);
        }
        return List.of(caseOf(principal, Relation.FOREIGN).orElseThrow(), sealedCase, FOREIGN_WORKER);
    }
}
