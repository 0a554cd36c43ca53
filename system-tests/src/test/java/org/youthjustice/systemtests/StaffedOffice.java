package org.youthjustice.systemtests;

import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.time.ServiceZone;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A judicial office of one fault test alone, served by a fresh agency with one worker posted there full time: the
 * test's cases are assigned to that worker, so that the worker's caseload is exactly the test's assignments.
 *
 * @param officeCode the office, e.g. {@code JO-440104-K3P9QZ}
 * @param workerId   the worker posted there, e.g. {@code W418203377}
 */
record StaffedOffice(String officeCode, String agencyCode, String workerId) {

    /** Registers the agency, the worker and the posting in worker-service, as admin.ops. */
    static StaffedOffice open(Caller admin) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String office = "JO-440104-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String agency = Agencies.freshCreditCode();
        String worker = "W" + random.nextInt(100_000_000, 1_000_000_000);
        created(admin, "/agencies", Agencies.registration(agency, "Fault Test Social Work Centre"));
        created(admin, "/workers", Map.of("workerId", worker, "agencyCode", agency, "name", "测试社工",
                "identityNumber", IdentityNumber.compose(String.valueOf(random.nextInt(110_000, 660_000)),
                        LocalDate.of(1985, 1, 1).plusDays(random.nextInt(3650)), random.nextInt(1000)).value(),
                "phone", "139" + random.nextInt(10_000_000, 100_000_000), "frontLine", true));
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        created(admin, "/workers/" + worker + "/postings", Map.of("siteCode", office, "siteKind", "JUDICIAL_OFFICE",
                "from", today.minusDays(30).toString(), "fraction", 1, "dutyDaysPerWeek", 5));
        return new StaffedOffice(office, agency, worker);
    }

    private static void created(Caller admin, String path, Map<String, Object> body) throws IOException {
        Caller.Answer answer = admin.send("POST", path, body, Map.of());
        if (answer.status() != 201) {
            throw new IOException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
    }
}
