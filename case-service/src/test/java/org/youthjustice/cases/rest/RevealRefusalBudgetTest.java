package org.youthjustice.cases.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.youthjustice.cases.CaseSteps.caseLedBy;
import static org.youthjustice.cases.CaseSteps.reveal;
import static org.youthjustice.cases.CaseSteps.worker;
import static org.youthjustice.cases.Fixtures.NAME;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.judicialOfficer;

/** Refused reveals of callers that could never reveal the case write at most a budget of audit rows, then 429. */
@QuarkusTest
class RevealRefusalBudgetTest {

    /** Metrics answer on the management interface only (issue 11, item 7). */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private static final int BUDGET = ConfigProvider.getConfig()
            .getValue("yjs.case.reveal-refusals.budget", Integer.class);

    private static void throttled(ValidatableResponse response) {
        response.statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .header("Retry-After", matchesPattern("[1-9]\\d*"));
    }

    private static ValidatableResponse trail(String reference) {
        return given().auth().oauth2(auditor()).queryParam("case", reference)
                .queryParam("action", "IDENTITY_REVEAL_REFUSED").when().get("/audit-events").then().statusCode(200);
    }

    @Test
    void aWorkerTryingAnotherWorkersCaseIsThrottledAndStillRevealsItsOwn() {
        String stranger = freshWorker();
        String reference = caseLedBy(freshOffice(), freshWorker());

        for (int i = 0; i < BUDGET; i++) {
            reveal(worker(stranger), reference, "HOME_VISIT_CONTACT").statusCode(404);
        }
        throttled(reveal(worker(stranger), reference, "HOME_VISIT_CONTACT"));
        throttled(reveal(worker(stranger), reference, "GUARDIAN_CONTACT"));
        // a reference that names no case answers the same: the 429 tells no one which cases exist
        throttled(reveal(worker(stranger), "GZ-1999-000003", "HOME_VISIT_CONTACT"));

        trail(reference).body("total", equalTo(BUDGET));
        String own = caseLedBy(freshOffice(), stranger);
        reveal(worker(stranger), own, "HOME_VISIT_CONTACT").statusCode(200).body("name", equalTo(NAME));
    }

    @Test
    void anAuditorIsThrottledAndTheOfficerStillRevealsTheCase() {
        String auditor = TestTokens.user("auditor." + ThreadLocalRandom.current().nextInt(1_000_000_000))
                .roles(Roles.AUDITOR).token();
        String office = freshOffice();
        String reference = caseLedBy(office, freshWorker());

        for (int i = 0; i < BUDGET; i++) {
            reveal(auditor, reference, "LEGAL_OBLIGATION").statusCode(403);
        }
        throttled(reveal(auditor, reference, "LEGAL_OBLIGATION"));

        trail(reference).body("total", equalTo(BUDGET));
        reveal(judicialOfficer(office), reference, "COURT_PROCEEDINGS").statusCode(200)
                .body("name", equalTo(NAME));
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("yjs_identity_reveals_refused_total{rule=\"ROLE_NOT_ALLOWED\"}"));
    }

    @Test
    void theLeadWorkerAskingForAnotherPurposeIsNotThrottled() {
        String lead = freshWorker();
        String reference = caseLedBy(freshOffice(), lead);

        for (int i = 0; i <= BUDGET; i++) {
            reveal(worker(lead), reference, "COURT_PROCEEDINGS").statusCode(403);
        }

        trail(reference).body("total", equalTo(BUDGET + 1));
        reveal(worker(lead), reference, "HOME_VISIT_CONTACT").statusCode(200);
    }
}
