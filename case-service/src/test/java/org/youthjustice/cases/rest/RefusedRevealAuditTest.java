package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.youthjustice.cases.CaseSteps.assignLead;
import static org.youthjustice.cases.CaseSteps.caseLedBy;
import static org.youthjustice.cases.CaseSteps.move;
import static org.youthjustice.cases.CaseSteps.reveal;
import static org.youthjustice.cases.CaseSteps.worker;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.supervisor;

/** Refused identity reveals answer as they always did, and leave a row in the audit trail. */
@QuarkusTest
class RefusedRevealAuditTest {

    private static ValidatableResponse trail(String reference, String action) {
        return given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("action", action)
                .when().get("/audit-events").then().statusCode(200);
    }

    @Test
    void aLeadWorkerAskingForTheWholeIdentityIsRefusedAndTheAttemptIsAudited() {
        String lead = freshWorker();
        String reference = caseLedBy(freshOffice(), lead);

        reveal(worker(lead), reference, "COURT_PROCEEDINGS").statusCode(403)
                .contentType("application/problem+json");

        trail(reference, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(1))
                .body("items[0].purpose", equalTo("COURT_PROCEEDINGS"))
                .body("items[0].detail", equalTo("CONTACT_PURPOSES_ONLY"))
                .body("items[0].actorUsername", equalTo("sw." + lead.toLowerCase()));
        trail(reference, "IDENTITY_REVEALED").body("total", equalTo(0));
    }

    @Test
    void aSupervisorIsRefusedForTheRoleAndTheAttemptIsAudited() {
        String reference = caseLedBy(freshOffice(), freshWorker());

        reveal(supervisor(), reference, "LEGAL_OBLIGATION").statusCode(403).contentType("application/problem+json");

        trail(reference, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(1))
                .body("items[0].purpose", equalTo("LEGAL_OBLIGATION"))
                .body("items[0].detail", equalTo("ROLE_NOT_ALLOWED"));
    }

    @Test
    void everyOtherRoleIsRefusedAsBeforeAndEachAttemptLeavesItsRow() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = referred(court, correction(office));
        move(office, reference, "INTAKE", null);
        assignLead(office, reference, freshWorker());

        for (String token : new String[] {admin(), courtOfficer(court), auditor()}) {
            reveal(token, reference, "GUARDIAN_CONTACT").statusCode(403).contentType("application/problem+json");
        }

        trail(reference, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(3))
                .body("items.detail", everyItem(equalTo("ROLE_NOT_ALLOWED")))
                .body("items.purpose", everyItem(equalTo("GUARDIAN_CONTACT")));
    }

    @Test
    void theLeadWorkerOfAClosedCaseIsRefusedAndTheAttemptIsAudited() {
        String office = freshOffice();
        String lead = freshWorker();
        String reference = caseLedBy(office, lead);
        move(office, reference, "ACTIVE", null);
        move(office, reference, "CLOSED", "COMPLETED");

        reveal(worker(lead), reference, "HOME_VISIT_CONTACT").statusCode(403);

        trail(reference, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(1))
                .body("items[0].purpose", equalTo("HOME_VISIT_CONTACT"))
                .body("items[0].detail", equalTo("CASE_CLOSED"));
    }

    @Test
    void aCaseOutsideTheScopeAnswersAsAMissingOneAndOnlyTheRealCaseIsAudited() {
        String reference = caseLedBy(freshOffice(), freshWorker());
        String missing = "GZ-1999-000001";

        reveal(worker(freshWorker()), reference, "HOME_VISIT_CONTACT").statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No case " + reference + "."));
        reveal(worker(freshWorker()), missing, "HOME_VISIT_CONTACT").statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No case " + missing + "."));

        trail(reference, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(1))
                .body("items[0].purpose", equalTo("HOME_VISIT_CONTACT"))
                .body("items[0].detail", equalTo("OUT_OF_SCOPE"));
        trail(missing, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(0));
    }

    @Test
    void anAllowedRevealStillWritesOneRowAndNoRefusal() {
        String office = freshOffice();
        String reference = caseLedBy(office, freshWorker());

        reveal(judicialOfficer(office), reference, "IDENTITY_VERIFICATION").statusCode(200);

        trail(reference, "IDENTITY_REVEALED").body("total", equalTo(1))
                .body("items[0].purpose", equalTo("IDENTITY_VERIFICATION"));
        trail(reference, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(0));
    }
}
