package org.youthjustice.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.SuiteSettings;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * A court refers a juvenile through the gateway with real Keycloak users: the referral is idempotent, the identity
 * comes back masked, the supervising judicial office sees the case, a social worker (no assignment yet) and an
 * auditor do not.
 */
@ExtendWith(RunningSuite.class)
class CaseReferralIT {

    private static RequestSpecification as(SuiteSettings suite, String user) {
        return given().baseUri(suite.gatewayUrl()).auth().oauth2(Keycloak.tokenOf(suite, user));
    }

    @Test
    void aCourtRefersTheOfficeSeesItOthersDoNot(SuiteSettings suite) {
        // a fresh fictional juvenile, so that a rerun on kept data is not a second referral of the same person
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String identityNumber = IdentityNumber.compose("440104", LocalDate.of(2010, 1, 1).plusDays(random.nextInt(1000)),
                random.nextInt(1, 999)).value();
        Map<String, Object> referral = Map.of(
                "type", "PREVENTION", "referralSource", "SCHOOL", "officeCode", "JO-440104-01",
                "regionCode", "440104",
                "juvenile", Map.of("name", "测试少年", "identityNumber", identityNumber, "phone", "13800009999",
                        "address", "广东省广州市越秀区测试路9号"));
        String key = UUID.randomUUID().toString();

        String reference = as(suite, "court.liu").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(referral).post("/api/cases")
                .then().statusCode(201)
                .body("reference", matchesPattern("GZ-\\d{4}-\\d{6}"))
                .body(not(containsString(identityNumber)))
                .extract().path("reference");
        as(suite, "court.liu").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(referral).post("/api/cases")
                .then().statusCode(201).body("reference", equalTo(reference));

        as(suite, "jo.zhao").queryParam("size", 100).get("/api/cases")
                .then().statusCode(200).body("items.reference", hasItem(reference));
        as(suite, "jo.zhao").get("/api/cases/" + reference)
                .then().statusCode(200).body(not(containsString(identityNumber)));
        as(suite, "sw.li").get("/api/cases/" + reference).then().statusCode(404);
        as(suite, "auditor.sun").get("/api/cases/" + reference).then().statusCode(403);
    }
}
