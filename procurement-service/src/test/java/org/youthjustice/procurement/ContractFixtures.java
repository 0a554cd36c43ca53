package org.youthjustice.procurement;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.procurement.domain.Provider;
import org.youthjustice.platform.problem.UnifiedSocialCreditCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Tokens and fresh departments, providers and contracts, so that every test works on records of its own. */
public final class ContractFixtures {

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // amounts as the decimals that were written, 300000.00 and not 300000
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private ContractFixtures() {
    }

    public static String admin() {
        return TestTokens.user("admin.ops").roles(Roles.ADMIN).token();
    }

    public static String auditor() {
        return TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token();
    }

    public static String officerOf(String department) {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", department)
                .token();
    }

    public static String supervisorOf(String agency) {
        return TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR).claim("agency_id", agency).token();
    }

    public static String socialWorkerOf(String agency) {
        return TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).claim("worker_id", "W0001")
                .claim("agency_id", agency).token();
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(CODE_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(CODE_CHARACTERS.length())));
        }
        return text.toString();
    }

    public static String freshCreditCode() {
        String first17 = "52440100" + random(9);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17).orElseThrow();
    }

    public static String freshNumber() {
        return "T-" + random(12);
    }

    public static String freshSite() {
        return String.format("JO-44%04d-%02d", ThreadLocalRandom.current().nextInt(10_000),
                ThreadLocalRandom.current().nextInt(100));
    }

    /** A purchasing department of its own, registered by an admin. */
    public static String freshDepartment() {
        String code = "DP-T" + random(10);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test bureau " + code, "kind", "JUSTICE_BUREAU",
                        "regionCode", "440100"))
                .when().post("/purchasing-departments").then().statusCode(201);
        return code;
    }

    /** A provider of its own, as if its agency.registered had arrived (the replica is another consumer's). */
    public static String freshProvider() {
        return provider("440100");
    }

    public static String provider(String regionCode) {
        String code = freshCreditCode();
        QuarkusTransaction.requiringNew().run(() -> {
            Provider provider = new Provider();
            provider.creditCode = code;
            provider.name = "Test social work centre " + code;
            provider.regionCode = regionCode;
            provider.status = "ACTIVE";
            provider.registeredAt = Instant.now();
            provider.persist();
        });
        return code;
    }

    /** A complete draft: 3 posts for 2027, 300,000.00 CNY of fiscal money. */
    public static Map<String, Object> contract(String department, String provider) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", freshNumber());
        body.put("title", "Judicial social work at the test office");
        body.put("purchaserCode", department);
        body.put("providerCode", provider);
        body.put("purchaseMode", "BY_POST");
        body.put("serviceType", "JUDICIAL_SOCIAL_WORK");
        body.put("sites", List.of(freshSite(), "CT-440104"));
        body.put("periodStart", "2027-01-01");
        body.put("periodEnd", "2027-12-31");
        body.put("fundedPosts", 3);
        body.put("budget", new BigDecimal("300000.00"));
        body.put("fundingSources", List.of(Map.of("source", "FISCAL", "amount", new BigDecimal("300000.00"))));
        return body;
    }

    /** Drafts {@code body} as an officer of its purchaser; answers the contract id. */
    public static String drafted(Map<String, Object> body) {
        return given().auth().oauth2(officerOf((String) body.get("purchaserCode"))).contentType(ContentType.JSON)
                .body(body).when().post("/contracts").then().statusCode(201).extract().path("id");
    }

    /** A drafted contract of a fresh department and provider. */
    public static Map<String, Object> draftedContract() {
        Map<String, Object> body = contract(freshDepartment(), freshProvider());
        body.put("id", drafted(body));
        return body;
    }

    public static String etagOf(String id) {
        return given().auth().oauth2(admin()).when().get("/contracts/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    /** Moves the contract as an admin, with its current ETag. */
    public static void move(String id, String status) {
        given().auth().oauth2(admin()).header("If-Match", etagOf(id)).contentType(ContentType.JSON)
                .body(Map.of("to", status, "reason", "Step of the test"))
                .when().post("/contracts/" + id + "/transitions").then().statusCode(200).body("status", equalTo(status));
    }

    /** An active contract of a fresh department and provider, serving from {@code start} to {@code end}. */
    public static String activeContract(LocalDate start, LocalDate end) {
        Map<String, Object> body = contract(freshDepartment(), freshProvider());
        body.put("periodStart", start.toString());
        body.put("periodEnd", end.toString());
        String id = drafted(body);
        move(id, "AWARDED");
        move(id, "ACTIVE");
        return id;
    }

    public static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code record} is an event of {@code type} about contract {@code id}. */
    public static boolean event(ConsumerRecord<String, String> record, String id, String type) {
        return id.equals(record.key()) && type.equals(json(record).path("type").asText());
    }
}
