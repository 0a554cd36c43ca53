package org.youthjustice.local;

import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.time.ServiceZone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo data of a fresh suite, generated from a few tables so that agencies, workers, postings and cases stay
 * consistent with each other and with the demo users of the realm ({@code sw.li} = W0001 and {@code sw.chen} =
 * W0002 of the Sunshine centre with supervisor {@code sup.wang}; {@code sw.zhou} = W0003 of Youth Bridge;
 * {@code jo.zhao} at office JO-440104-01; {@code court.liu} at the Yuexiu court CT-440104, {@code court.he} at the
 * Tianhe court CT-440106, which refers the Tianhe office's cases, so that each court has cases the other may not
 * see). Every person is fictional; identity numbers are made with {@link IdentityNumber#compose} and valid. The
 * contracts of {@link DemoContracts} buy the posts of these agencies at these offices ({@code proc.huang}'s are
 * Guangzhou's).
 */
final class DemoCatalogue {

    static final String SUNSHINE = "52440100MJL123454L";
    static final String YOUTH_BRIDGE = "52440100MJL6789007";

    /** An agency of a city and the judicial offices its workers are posted at. */
    private record Agency(String code, String name, String region, String... offices) {
    }

    /** A judicial office: the district its cases are filed in, the officer who moves them, the court referring them. */
    private record Office(String code, String district, String officer, String court) {
    }

    /** The lead worker of the demo case that has a court hearing. */
    private static final String HEARING_LEAD = "W0004";

    private static final Office YUEXIU = new Office("JO-440104-01", "440104", "jo.zhao", "court.liu");
    private static final Office TIANHE = new Office("JO-440106-01", "440106", "admin.ops", "court.he");
    private static final Office NANSHAN = new Office("JO-440305-01", "440305", "admin.ops", "court.liu");
    private static final Office DONGGUAN = new Office("JO-441900-01", "441900", "admin.ops", "court.liu");
    private static final Office ZHONGSHAN = new Office("JO-442000-01", "442000", "admin.ops", "court.liu");
    private static final Office PENGJIANG = new Office("JO-440703-01", "440703", "admin.ops", "court.liu");

    private static final List<Agency> MORE_AGENCIES = List.of(
            new Agency("52440300MJL246800U", "Shenzhen Pengcheng Youth Social Work Service Centre", "440300",
                    NANSHAN.code()),
            new Agency("52441900MJL1357909", "Dongguan Harbour Light Social Work Service Centre", "441900",
                    DONGGUAN.code()),
            new Agency("52442000MJL975310U", "Zhongshan Fragrant Hill Social Work Service Centre", "442000",
                    ZHONGSHAN.code()),
            new Agency("52440700MJL864200Y", "Jiangmen Wuyi Social Work Service Centre", "440700",
                    PENGJIANG.code()));

    private static final String[] SURNAMES = {"黄", "梁", "何", "罗", "郑", "谢", "许", "邓", "冯", "曾", "彭", "苏"};
    private static final String[] GIVEN_NAMES = {"嘉欣", "志强", "雅婷", "俊杰", "晓燕", "国华", "丽娟", "建明",
            "海燕", "文静", "振宇", "慧敏", "子轩"};
    private static final String[] LEVELS = {"ASSISTANT_SOCIAL_WORKER", "SOCIAL_WORKER", "SOCIAL_WORKER",
            "SENIOR_SOCIAL_WORKER"};
    private static final String[] SPECIALISATIONS = {"\"JUDICIAL\", \"YOUTH_AFFAIRS\"", "\"PSYCHOLOGICAL\"",
            "\"JUDICIAL\", \"FAMILY\"", "\"EMPLOYMENT\", \"YOUTH_AFFAIRS\"", "\"FAMILY\", \"PSYCHOLOGICAL\""};

    /** The demo accounts of workers, who record visits and services on the cases they lead. */
    private static final Map<String, String> ACCOUNTS = Map.of("W0001", "sw.li", "W0002", "sw.chen",
            "W0003", "sw.zhou");
    private static final String[] RISK_LEVELS = {"HIGH", "MEDIUM", "LOW"};
    private static final String[] SERVICE_KINDS = {"PSYCHOLOGICAL_SUPPORT", "BEHAVIOUR_CORRECTION", "EDUCATION",
            "FAMILY_RELATIONS", "LEGAL_EDUCATION", "EMPLOYMENT_ASSISTANCE", "COMMUNITY_SERVICE"};
    private static final String[] PLACE_KINDS = {"HOME", "SCHOOL", "OFFICE", "PHONE"};

    static final List<DemoRecord> RECORDS = build();

    private DemoCatalogue() {
    }

    private static List<DemoRecord> build() {
        List<DemoRecord> records = new ArrayList<>(DemoBase.RECORDS);
        int worker = 4;
        // the Sunshine and Youth Bridge centres in Guangzhou, then one centre in each other city of the letter
        worker = workers(records, worker, 12, SUNSHINE, "sup.wang", YUEXIU.code(), TIANHE.code());
        worker = workers(records, worker, 9, YOUTH_BRIDGE, "admin.ops", TIANHE.code(), YUEXIU.code());
        for (Agency agency : MORE_AGENCIES) {
            records.add(DemoRecord.post("admin.ops", "/api/agencies", """
                    {"creditCode": "%s", "name": "%s", "region": "%s"}""".formatted(agency.code(), agency.name(),
                    agency.region())));
            worker = workers(records, worker, worker < 45 ? 10 : 8, agency.code(), "admin.ops", agency.offices());
        }
        // Zhongshan appoints social workers as people's assessors in juvenile trials
        records.add(DemoRecord.post("admin.ops", "/api/workers/W0045/assessor-appointments", """
                {"courtCode": "CT-442000", "appointedOn": "2024-09-01"}"""));
        cases(records);
        DemoContracts.add(records);
        return List.copyOf(records);
    }

    /** {@code count} workers of {@code agency} from {@code first} on, posted full time at the offices in turn. */
    private static int workers(List<DemoRecord> records, int first, int count, String agency, String registrar,
                               String... offices) {
        for (int n = first; n < first + count; n++) {
            String id = "W%04d".formatted(n);
            String name = SURNAMES[n % SURNAMES.length] + GIVEN_NAMES[n % GIVEN_NAMES.length];
            String identityNumber = IdentityNumber.compose(agency.substring(2, 6) + "04",
                    LocalDate.of(1984 + n % 14, 1 + n % 12, 1 + n % 28), n).value();
            // every seventh worker has no certificate yet and works in the back office
            String qualification = n % 7 == 0 ? "null" : """
                    {"level": "%s", "certificateNumber": "20%02d03%s%04d", "issuedOn": "20%02d-07-01", \
                    "expiresOn": "%s"}""".formatted(LEVELS[n % LEVELS.length], 16 + n % 8, agency.substring(2, 8), n,
                    16 + n % 8, n % 11 == 0 ? "2027-01-15" : "20%02d-06-30".formatted(29 + n % 5));
            records.add(DemoRecord.post(registrar, "/api/workers", """
                    {"workerId": "%s", "agencyCode": "%s", "name": "%s", "identityNumber": "%s", \
                    "phone": "1380000%04d", "qualification": %s, "specialisations": [%s], "frontLine": %s}"""
                    .formatted(id, agency, name, identityNumber, n, qualification,
                            SPECIALISATIONS[n % SPECIALISATIONS.length], n % 7 != 0)));
            records.add(DemoRecord.post(registrar, "/api/workers/" + id + "/postings", """
                    {"siteCode": "%s", "siteKind": "JUDICIAL_OFFICE", "from": "2026-01-01", "fraction": 1, \
                    "dutyDaysPerWeek": 5}""".formatted(offices[n % offices.length])));
            if (n % 3 == 0) {
                records.add(DemoRecord.post(registrar, "/api/workers/" + id + "/trainings", """
                        {"topic": "Risk assessment of juveniles in community correction", \
                        "provider": "Guangdong Social Work Association", "hours": %d, "heldOn": "2026-0%d-15"}"""
                        .formatted(4 + n % 5, 1 + n % 9)));
            }
        }
        return first + count;
    }

    /**
     * About thirty cases across the six offices: a few still waiting (referred, or accepted without a worker), the
     * rest active with a lead worker, some for each demo social worker.
     */
    private static void cases(List<DemoRecord> records) {
        int n = 0;
        // office, lead worker (null: none yet), who assigns, how far the case goes
        n = demoCase(records, n, YUEXIU, "W0001", "sup.wang", Stage.ACTIVE);
        n = demoCase(records, n, YUEXIU, "W0001", "sup.wang", Stage.ACTIVE);
        n = demoCase(records, n, YUEXIU, "W0001", "jo.zhao", Stage.ACTIVE);
        n = demoCase(records, n, YUEXIU, "W0002", "sup.wang", Stage.ACTIVE);
        n = demoCase(records, n, YUEXIU, "W0002", "sup.wang", Stage.SUSPENDED);
        n = demoCase(records, n, YUEXIU, "W0004", "sup.wang", Stage.ACTIVE);
        n = demoCase(records, n, YUEXIU, null, null, Stage.INTAKE);
        n = demoCase(records, n, YUEXIU, null, null, Stage.REFERRED);
        n = demoCase(records, n, TIANHE, "W0003", "admin.ops", Stage.ACTIVE);
        n = demoCase(records, n, TIANHE, "W0003", "admin.ops", Stage.ACTIVE);
        n = demoCase(records, n, TIANHE, "W0005", "sup.wang", Stage.ACTIVE);
        n = demoCase(records, n, TIANHE, "W0016", "admin.ops", Stage.CLOSED);
        n = demoCase(records, n, TIANHE, null, null, Stage.INTAKE);
        for (Office office : List.of(NANSHAN, DONGGUAN, ZHONGSHAN, PENGJIANG)) {
            String lead = switch (office.district()) {
                case "440305" -> "W0026";
                case "441900" -> "W0036";
                case "442000" -> "W0046";
                default -> "W0054";
            };
            String other = "W%04d".formatted(Integer.parseInt(lead.substring(1)) + 1);
            n = demoCase(records, n, office, lead, "admin.ops", Stage.ACTIVE);
            n = demoCase(records, n, office, lead, "admin.ops", Stage.ACTIVE);
            n = demoCase(records, n, office, other, "admin.ops", Stage.ACTIVE);
            n = demoCase(records, n, office, null, null, Stage.INTAKE);
        }
    }

    /** How far a demo case has come. */
    private enum Stage {
        REFERRED, INTAKE, ACTIVE, SUSPENDED, CLOSED
    }

    private static int demoCase(List<DemoRecord> records, int n, Office office, String lead, String assigner,
                                Stage stage) {
        String name = "case" + n;
        String path = "/api/cases/{" + name + "}";
        // born between mid-2009 and 2011: under 18 at an offence in 2026, and today
        LocalDate birth = LocalDate.of(2009, 6, 1).plusDays(37L * n % 900);
        String identityNumber = IdentityNumber.compose(office.district(), birth, 500 + n).value();
        String juvenile = """
                "juvenile": {"name": "%s", "identityNumber": "%s", "phone": "1390000%04d", \
                "address": "广东省示例市示例路%d号", "guardians": [{"name": "%s", "phone": "1370000%04d"}]}"""
                .formatted(SURNAMES[n % SURNAMES.length] + "小" + GIVEN_NAMES[n % GIVEN_NAMES.length].substring(1),
                        identityNumber, n, 10 + n, SURNAMES[n % SURNAMES.length] + GIVEN_NAMES[(n + 5)
                                % GIVEN_NAMES.length], n);
        String referral = n % 3 == 2
                ? """
                {"type": "PREVENTION", "referralSource": "%s", "officeCode": "%s", "regionCode": "%s", %s}"""
                .formatted(n % 2 == 0 ? "SCHOOL" : "COMMUNITY", office.code(), office.district(), juvenile)
                : """
                {"type": "CORRECTION", "correctionKind": "%s", "officeCode": "%s", "periodStart": "2026-%02d-01", \
                "periodEnd": "2027-%02d-28", "offenceDate": "2026-02-%02d", "regionCode": "%s", %s}"""
                .formatted(n % 4 == 0 ? "PAROLE" : "PROBATION", office.code(), 6 + n % 6, 1 + n % 12, 1 + n % 27,
                        office.district(), juvenile);
        records.add(DemoRecord.post(office.court(), "/api/cases", referral).savingAs(name));
        if (stage == Stage.REFERRED) {
            return n + 1;
        }
        records.add(transition(office, path, "INTAKE", "Referral accepted by the office"));
        if (lead != null) {
            records.add(DemoRecord.put(assigner, path + "/assignment", """
                    {"workerId": "%s", "reason": "Posted at the office, with capacity"}""".formatted(lead))
                    .ifMatchOf(path).afterEvents());
        }
        if (stage == Stage.INTAKE) {
            return n + 1;
        }
        records.add(transition(office, path, "ACTIVE", "Intake interview held, plan agreed"));
        String leadAccount = ACCOUNTS.get(lead);
        // the lead worker assesses the risk (the office does for workers without a demo account), which schedules
        // the visits; the demo social workers also record a visit and a service from the field. Their free text is
        // read in clear by the lead worker only; others see it withheld and read it through a note reveal
        records.add(DemoRecord.post(leadAccount == null ? office.officer() : leadAccount, path + "/risk-assessments",
                """
                {"level": "%s", "factors": ["FAMILY_CONFLICT", "%s"], \
                "note": "Arguments at home since the summer; the mother asks for support."}""".formatted(RISK_LEVELS[n % 3],
                        n % 2 == 0 ? "SCHOOL_DROPOUT" : "DELINQUENT_PEERS")));
        if (leadAccount != null) {
            records.add(DemoRecord.post(leadAccount, path + "/visits", """
                    {"at": "2026-11-%02dT02:30:00Z", "placeKind": "%s", "place": "Community centre, room 2", \
                    "note": "Back at school three days a week; talked about a weekend job."}""".formatted(10 + n % 15,
                    PLACE_KINDS[n % PLACE_KINDS.length])));
            records.add(DemoRecord.post(leadAccount, path + "/services", """
                    {"kind": "%s", "minutes": %d, "deliveredOn": "2026-11-%02d", \
                    "note": "Second session on handling anger at school."}""".formatted(
                    SERVICE_KINDS[n % SERVICE_KINDS.length], 45 + 15 * (n % 4), 10 + n % 15)));
        }
        if (stage == Stage.SUSPENDED) {
            records.add(transition(office, path, "SUSPENDED", "In hospital for several weeks"));
        } else if (stage == Stage.CLOSED) {
            records.add(DemoRecord.post(office.officer(), path + "/transitions", """
                    {"to": "CLOSED", "reason": "Correction period completed", "closureReason": "COMPLETED"}""")
                    .ifMatchOf(path));
            records.add(DemoRecord.post(office.officer(), path + "/seal", """
                    {"reason": "Closed juvenile record sealed (Criminal Procedure Law art. 286)"}"""));
        } else if (HEARING_LEAD.equals(lead)) {
            // a hearing of the Yuexiu court a month ahead, with W0001 as lay assessor, who does not work on the case
            // and whom the court appointed (DemoBase): case-service seats only appointed assessors, and learns of the
            // appointment from worker-service's assessor.appointed, so the hearing waits for that event
            records.add(DemoRecord.post("court.liu", path + "/hearings", """
                    {"courtCode": "CT-440104", "scheduledAt": "%sT01:30:00Z", "assessorWorkerIds": ["W0001"]}"""
                    .formatted(LocalDate.now(ServiceZone.ZONE).plusDays(30))).afterEvents());
        }
        return n + 1;
    }

    private static DemoRecord transition(Office office, String path, String to, String reason) {
        return DemoRecord.post(office.officer(), path + "/transitions", """
                {"to": "%s", "reason": "%s"}""".formatted(to, reason)).ifMatchOf(path);
    }
}
