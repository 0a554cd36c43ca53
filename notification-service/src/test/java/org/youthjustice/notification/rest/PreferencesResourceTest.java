package org.youthjustice.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.service.AlertRule;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PreferencesResourceTest {

    private static final String PATH = "/notification-preferences/me";

    private static final String VALID = """
            {"locale": "en", "email": "wang.chosen@agency.example",
             "quietHours": {"start": "22:00", "end": "07:00", "zone": "Asia/Shanghai"},
             "rules": {"visit-missed": {"email": true}, "risk-high": {"email": false}}}""";

    @Inject
    DataSource dataSource;

    /** A supervisor of a fresh agency, whose token carries {@code email}. */
    private record Person(String username, String agency) {

        static Person fresh() {
            String id = UUID.randomUUID().toString().substring(0, 8);
            return new Person("sup-" + id, "52440100PRF" + id.toUpperCase().substring(0, 7));
        }

        String subject() {
            return UUID.nameUUIDFromBytes(username.getBytes()).toString();
        }

        String email() {
            return username + "@agency.example";
        }

        String token() {
            return TestTokens.user(username).roles(Roles.AGENCY_SUPERVISOR).claim(Caller.AGENCY_ID, agency)
                    .claim("email", email()).token();
        }
    }

    @Test
    void aNewSubscriberGetsTheDefaults() {
        Person wang = Person.fresh();

        given().auth().oauth2(wang.token()).when().get(PATH)
                .then().statusCode(200)
                .body("locale", equalTo("zh"))
                .body("email", equalTo(wang.email()))
                .body("quietHours", nullValue())
                .body("rules.size()", equalTo(AlertRule.values().length))
                .body("rules.risk-high.email", equalTo(true))
                .body("rules.reassignment-needed.email", equalTo(true))
                .body("rules.visit-missed.email", equalTo(false))
                .body("rules.case-assigned.email", equalTo(false));
    }

    @Test
    void theCallersChoicesAreStoredAndTheRestDefaulted() {
        Person wang = Person.fresh();

        given().auth().oauth2(wang.token()).contentType(ContentType.JSON).body(VALID).when().put(PATH)
                .then().statusCode(200)
                .body("locale", equalTo("en"))
                .body("email", equalTo("wang.chosen@agency.example"))
                .body("quietHours.start", equalTo("22:00"))
                .body("quietHours.end", equalTo("07:00"))
                .body("quietHours.zone", equalTo("Asia/Shanghai"))
                .body("rules.visit-missed.email", equalTo(true))
                .body("rules.risk-high.email", equalTo(false))
                .body("rules.visit-missed-twice.email", equalTo(true))
                .body("rules.size()", equalTo(AlertRule.values().length));
        given().auth().oauth2(wang.token()).when().get(PATH)
                .then().statusCode(200)
                .body("email", equalTo("wang.chosen@agency.example"))
                .body("quietHours.zone", equalTo("Asia/Shanghai"))
                .body("rules.visit-missed.email", equalTo(true))
                .body("rules.risk-high.email", equalTo(false));

        given().auth().oauth2(wang.token()).contentType(ContentType.JSON).body("{\"email\": null}").when().put(PATH)
                .then().statusCode(200)
                .body("locale", equalTo("zh"))
                .body("email", equalTo(wang.email()))
                .body("quietHours", nullValue())
                .body("rules.visit-missed.email", equalTo(false))
                .body("rules.risk-high.email", equalTo(true));
    }

    @Test
    void invalidPreferencesAreRefusedWithTheFieldNamedAndChangeNothing() {
        Person wang = Person.fresh();
        given().auth().oauth2(wang.token()).contentType(ContentType.JSON).body(VALID).when().put(PATH)
                .then().statusCode(200);
        Map<String, String> refused = Map.of(
                "{\"locale\": \"fr\"}", "locale",
                "{\"email\": \"not an address\"}", "email",
                "{\"email\": \"" + "a".repeat(250) + "@b.cn\"}", "email",
                "{\"quietHours\": {\"start\": \"24:00\", \"end\": \"07:00\", \"zone\": \"Asia/Shanghai\"}}",
                "quietHours.start",
                "{\"quietHours\": {\"start\": \"22:00\", \"end\": \"7:00\", \"zone\": \"Asia/Shanghai\"}}",
                "quietHours.end",
                "{\"quietHours\": {\"start\": \"22:00\", \"end\": \"22:00\", \"zone\": \"Asia/Shanghai\"}}",
                "quietHours.end",
                "{\"quietHours\": {\"start\": \"22:00\", \"end\": \"07:00\", \"zone\": \"Mars/Olympus\"}}",
                "quietHours.zone",
                "{\"quietHours\": {\"start\": \"22:00\", \"end\": \"07:00\"}}", "quietHours.zone",
                "{\"rules\": {\"no-such-rule\": {\"email\": true}}}", "rules.no-such-rule",
                "{\"locale\": \"en\", \"sms\": true}", "sms");
        refused.forEach((body, field) -> given().auth().oauth2(wang.token()).contentType(ContentType.JSON).body(body)
                .when().put(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        given().auth().oauth2(wang.token()).contentType(ContentType.JSON).body("{\"rules\": {\"risk-high\": {\"email\": 1}}}")
                .when().put(PATH).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(wang.token()).contentType(ContentType.JSON).when().put(PATH)
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(wang.token()).when().get(PATH)
                .then().statusCode(200)
                .body("locale", equalTo("en"))
                .body("email", equalTo("wang.chosen@agency.example"))
                .body("quietHours.start", equalTo("22:00"))
                .body("rules.visit-missed.email", equalTo(true));
    }

    @Test
    void onlyPeopleWithAnInboxHavePreferences() throws SQLException {
        String auditor = TestTokens.user("auditor-" + UUID.randomUUID()).roles(Roles.AUDITOR).token();
        String partnerClient = "partner-" + UUID.randomUUID();
        String partner = TestTokens.client(partnerClient)
                .roles(Roles.PARTNER_SYSTEM, Roles.JUDICIAL_OFFICER).claim(Caller.OFFICE_CODE, "JO-440104-01")
                .claim("email", "partner@court.example").token();

        for (String refused : new String[] {auditor, partner}) {
            given().auth().oauth2(refused).when().get(PATH)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(refused).contentType(ContentType.JSON).body(VALID).when().put(PATH)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().get(PATH).then().statusCode(401);
        given().contentType(ContentType.JSON).body(VALID).when().put(PATH).then().statusCode(401);

        assertEquals(List.of(), rolesOf(UUID.nameUUIDFromBytes(partnerClient.getBytes()).toString()), "a refused caller is not stored");
        given().auth().oauth2(TestTokens.user("admin.ops").roles(Roles.ADMIN).token()).when().get(PATH)
                .then().statusCode(200).body("email", nullValue());
    }

    @Test
    void everyCallStoresTheRolesAndScopesTheTokenStatesNow() throws SQLException {
        Person wang = Person.fresh();
        given().auth().oauth2(wang.token()).when().get(PATH).then().statusCode(200);
        assertEquals(List.of("agency-supervisor=" + wang.agency()), rolesOf(wang.subject()));

        String moved = TestTokens.user(wang.username()).roles(Roles.AGENCY_SUPERVISOR, Roles.SOCIAL_WORKER)
                .claim(Caller.AGENCY_ID, "52440100NEW0001").claim(Caller.WORKER_ID, "W-NEW").token();
        given().auth().oauth2(moved).when().get(PATH).then().statusCode(200);

        assertEquals(List.of("agency-supervisor=52440100NEW0001", "social-worker=W-NEW"), rolesOf(wang.subject()));
    }

    private List<String> rolesOf(String subject) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select role, scope from subscriber_role where subject = ? order by role")) {
            query.setString(1, subject);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1) + "=" + rows.getString(2));
                }
            }
        }
        return roles;
    }
}
