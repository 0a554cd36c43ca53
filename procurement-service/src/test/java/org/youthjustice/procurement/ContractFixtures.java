package org.youthjustice.procurement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.DepartmentKind;
import org.youthjustice.procurement.domain.Provider;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.PurchasingDepartment;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.ServiceType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Contracts of their own for each test, written straight to the database (a department, a provider agency, the
 * contract in the status asked and its terms version 1), and the tokens of the people who work with them.
 */
public final class ContractFixtures {

    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ContractFixtures() {
    }

    /** A contract of a fresh department with a fresh provider. */
    public record Contract(UUID id, String number, String purchaserCode, String providerCode) {

        public String path() {
            return "/contracts/" + id;
        }
    }

    public static Contract contract(ContractStatus status, String budget) {
        return contract(status, budget, freshProvider());
    }

    /** A contract with {@code providerCode} (registered if new) for a fresh department. */
    public static Contract contract(ContractStatus status, String budget, String providerCode) {
        String department = "DP-T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
        String number = "T-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            PurchasingDepartment purchaser = new PurchasingDepartment();
            purchaser.code = department;
            purchaser.name = "Test Justice Bureau " + department;
            purchaser.kind = DepartmentKind.JUSTICE_BUREAU;
            purchaser.regionCode = "440104";
            purchaser.createdAt = now;
            purchaser.createdBy = "test";
            purchaser.persist();
            if (Provider.findById(providerCode) == null) {
                Provider provider = new Provider();
                provider.creditCode = providerCode;
                provider.name = "Test Social Work Centre " + providerCode;
                provider.regionCode = "440100";
                provider.status = "ACTIVE";
                provider.registeredAt = now;
                provider.persist();
            }
            ServiceContract contract = new ServiceContract();
            contract.id = id;
            contract.number = number;
            contract.title = "Judicial social work " + number;
            contract.purchaserCode = department;
            contract.providerCode = providerCode;
            contract.purchaseMode = PurchaseMode.BY_POST;
            contract.serviceType = ServiceType.JUDICIAL_SOCIAL_WORK;
            contract.status = status;
            contract.termsVersion = 1;
            contract.createdAt = now;
            contract.createdBy = "test";
            contract.persist();
            ContractTerms terms = new ContractTerms();
            terms.contractId = id;
            terms.version = 1;
            terms.periodStart = LocalDate.of(2026, 1, 1);
            terms.periodEnd = LocalDate.of(2027, 12, 31);
            terms.fundedPosts = 5;
            terms.unitCostPerPostYear = new BigDecimal("100000.00");
            terms.clientRatio = 20;
            terms.budget = new BigDecimal(budget);
            terms.fiscalAmount = new BigDecimal(budget);
            terms.charitableAmount = BigDecimal.ZERO;
            terms.otherAmount = BigDecimal.ZERO;
            terms.sites = List.of("JO-440104-01");
            terms.changedAt = now;
            terms.changedBy = "test";
            terms.persist();
        });
        return new Contract(id, number, department, providerCode);
    }

    /** Moves the contract to {@code status} behind the API's back, as another helper's transition would. */
    public static void setStatus(Contract contract, ContractStatus status) {
        QuarkusTransaction.requiringNew().run(() -> ServiceContract.<ServiceContract>findById(contract.id()).status = status);
    }

    /** A unified social-credit code no other test uses (the shape only; the fixtures skip the check character). */
    public static String freshProvider() {
        StringBuilder code = new StringBuilder("52");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 18) {
            code.append(CREDIT_CODE_CHARACTERS.charAt(random.nextInt(CREDIT_CODE_CHARACTERS.length())));
        }
        return code.toString();
    }

    public static String officerOf(Contract contract) {
        return officerOf(contract.purchaserCode());
    }

    public static String officerOf(String department) {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", department)
                .token();
    }

    public static String supervisorOf(String agency) {
        return TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR).claim("agency_id", agency).token();
    }

    public static String auditor() {
        return TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token();
    }

    public static String admin() {
        return TestTokens.user("admin.ops").roles(Roles.ADMIN).token();
    }
}
