package org.youthjustice.procurement.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.procurement.ContractFixtures;
import org.youthjustice.procurement.StoredContracts;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceContract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.auditor;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;

/** Who reads a contract's coverage: its purchaser's officers, its provider's supervisors, auditors and admins. */
@QuarkusTest
class CoverageAccessTest {

    @Test
    void thePurchasersOfficerTheProvidersSupervisorAuditorsAndAdminsReadIt() {
        String department = StoredContracts.department();
        String provider = StoredContracts.provider();
        ServiceContract contract = contract(department, provider);
        for (String token : List.of(officerOf(department), supervisorOf(provider), auditor(), admin())) {
            given().auth().oauth2(token).when().get("/contracts/" + contract.id + "/coverage")
                    .then().statusCode(200)
                    .body("contractId", equalTo(contract.id.toString()))
                    .body("fundedPosts", equalTo(2))
                    .body("clientRatio", equalTo(20))
                    .body("budget", equalTo(200000.0f))
                    .body("currency", equalTo("CNY"));
        }
    }

    @Test
    void anotherDepartmentsOfficerAndAnotherAgencysSupervisorGet404LikeAnUnknownContract() {
        ServiceContract contract = contract(StoredContracts.department(), StoredContracts.provider());
        for (String token : List.of(officerOf(StoredContracts.department()),
                supervisorOf(ContractFixtures.freshCreditCode()))) {
            given().auth().oauth2(token).when().get("/contracts/" + contract.id + "/coverage")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(admin()).when().get("/contracts/" + UUID.randomUUID() + "/coverage")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void otherRolesGet403AndAnonymousCallers401() {
        ServiceContract contract = contract(StoredContracts.department(), StoredContracts.provider());
        String socialWorker = TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER)
                .claim("agency_id", contract.providerCode).token();
        given().auth().oauth2(socialWorker).when().get("/contracts/" + contract.id + "/coverage")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/contracts/" + contract.id + "/coverage").then().statusCode(401);
    }

    private static ServiceContract contract(String department, String provider) {
        LocalDate today = LocalDate.now();
        return StoredContracts.contract(department, provider, ContractStatus.AWARDED, new StoredContracts.Terms(
                List.of(StoredContracts.freshOffice()), today.plusDays(10), today.plusDays(375), 2, 20,
                new BigDecimal("200000.00")));
    }
}
