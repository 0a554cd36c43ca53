package org.youthjustice.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.youthjustice.local.PortSetting;
import org.youthjustice.local.SuiteSettings;

/**
 * What a fault test that refers and assigns cases starts from: admin.ops on both services, a fresh staffed office,
 * court.liu's journeys to it, and one case already through to the worker's caseload before the fault.
 */
record StaffedOfficeScene(Caller workerAdmin, Caller caseAdmin, StaffedOffice office, CaseJourneys journeys) {

    static StaffedOfficeScene open(SuiteSettings settings) throws Exception {
        String adminToken = Keycloak.tokenOf(settings, "admin.ops");
        Caller workerAdmin = new Caller(settings.url(PortSetting.WORKER_SERVICE), adminToken);
        Caller caseAdmin = new Caller(settings.url(PortSetting.CASE_SERVICE), adminToken);
        Caller court = new Caller(settings.url(PortSetting.CASE_SERVICE), Keycloak.tokenOf(settings, "court.liu"));
        StaffedOffice office = StaffedOffice.open(workerAdmin);
        CaseJourneys journeys = new CaseJourneys(court, caseAdmin, office);
        assertTrue(journeys.travel(-1).assigned(), "a first case reaches the worker before the fault");
        return new StaffedOfficeScene(workerAdmin, caseAdmin, office, journeys);
    }
}
