package org.youthjustice.procurement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Departments, providers and contracts written straight to the database, with fresh codes for each test, for the
 * tests of what reads contracts (coverage, payments, evaluations) independently of the contracts' own API.
 */
public final class StoredContracts {

    private StoredContracts() {
    }

    /** The terms of a contract to write: its sites and period, posts, ratio and budget. */
    public record Terms(List<String> sites, LocalDate periodStart, LocalDate periodEnd, int fundedPosts,
                        int clientRatio, BigDecimal budget) {
    }

    public static String freshOffice() {
        return "JO-9" + digits(5) + "-" + digits(2);
    }

    public static String freshCourt() {
        return "CT-9" + digits(5);
    }

    /** A new purchasing department; its code. */
    public static String department() {
        String code = "DP-T" + digits(8);
        QuarkusTransaction.requiringNew().run(() -> {
            PurchasingDepartment department = new PurchasingDepartment();
            department.code = code;
            department.name = "Test justice bureau " + code;
            department.kind = DepartmentKind.JUSTICE_BUREAU;
            department.regionCode = "440100";
            department.createdAt = Instant.now();
            department.createdBy = "test";
            department.persist();
        });
        return code;
    }

    /** A new provider, as if agency.registered had announced it; its credit code. */
    public static String provider() {
        return provider(ContractFixtures.freshCreditCode());
    }

    /** The provider {@code code}, announced now unless it is known already. */
    public static String provider(String code) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Provider.findById(code) != null) {
                return;
            }
            Provider provider = new Provider();
            provider.creditCode = code;
            provider.name = "Test social work centre " + code;
            provider.regionCode = "440100";
            provider.status = "ACTIVE";
            provider.registeredAt = Instant.now();
            provider.persist();
        });
        return code;
    }

    /** A contract of {@code purchaser} with {@code provider} in {@code status}, with a fresh number. */
    public static ServiceContract contract(String purchaser, String provider, ContractStatus status, Terms terms) {
        ServiceContract contract = new ServiceContract();
        contract.id = UUID.randomUUID();
        contract.number = "T-" + digits(10);
        contract.title = "Judicial social work " + contract.number;
        contract.purchaserCode = purchaser;
        contract.providerCode = provider;
        contract.purchaseMode = PurchaseMode.BY_POST;
        contract.serviceType = ServiceType.JUDICIAL_SOCIAL_WORK;
        contract.status = status;
        contract.termsVersion = 1;
        contract.createdAt = Instant.now();
        contract.createdBy = "test";
        QuarkusTransaction.requiringNew().run(() -> {
            contract.persist();
            ContractTerms version = new ContractTerms();
            version.contractId = contract.id;
            version.version = 1;
            version.periodStart = terms.periodStart();
            version.periodEnd = terms.periodEnd();
            version.fundedPosts = terms.fundedPosts();
            version.unitCostPerPostYear = new BigDecimal("100000.00");
            version.clientRatio = terms.clientRatio();
            version.budget = terms.budget();
            version.fiscalAmount = terms.budget();
            version.charitableAmount = BigDecimal.ZERO;
            version.otherAmount = BigDecimal.ZERO;
            version.sites = terms.sites();
            version.changedAt = contract.createdAt;
            version.changedBy = "test";
            version.persist();
            ContractStatus from = null;
            for (ContractStatus step : pathTo(status)) {
                moved(contract.id, from, step, contract.createdAt);
                from = step;
            }
        });
        return contract;
    }

    /** A contract a test made: where to reach it and who it belongs to. */
    public record Contract(UUID id, String number, String purchaserCode, String providerCode) {

        public String path() {
            return "/contracts/" + id;
        }
    }

    /** A two-year contract of a fresh department with a fresh provider at the Yuexiu office, of {@code budget}. */
    public static Contract contract(ContractStatus status, String budget) {
        return contract(status, budget, ContractFixtures.freshCreditCode());
    }

    /** As {@link #contract(ContractStatus, String)}, with {@code providerCode} (announced if new). */
    public static Contract contract(ContractStatus status, String budget, String providerCode) {
        ServiceContract contract = contract(department(), provider(providerCode), status,
                new Terms(List.of("JO-440104-01"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 5, 20,
                        new BigDecimal(budget)));
        return new Contract(contract.id, contract.number, contract.purchaserCode, contract.providerCode);
    }

    /** Moves the contract to {@code status} behind the API's back. */
    public static void setStatus(Contract contract, ContractStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            ServiceContract stored = ServiceContract.findById(contract.id());
            moved(stored.id, stored.status, status, Instant.now());
            stored.status = status;
        });
    }

    /** The statuses a contract passes through from its drafting to {@code status}, as the transitions move it. */
    private static List<ContractStatus> pathTo(ContractStatus status) {
        return switch (status) {
            case DRAFT -> List.of(ContractStatus.DRAFT);
            case AWARDED -> List.of(ContractStatus.DRAFT, ContractStatus.AWARDED);
            case ACTIVE -> List.of(ContractStatus.DRAFT, ContractStatus.AWARDED, ContractStatus.ACTIVE);
            case CLOSED -> List.of(ContractStatus.DRAFT, ContractStatus.AWARDED, ContractStatus.ACTIVE,
                    ContractStatus.CLOSED);
            case TERMINATED -> List.of(ContractStatus.DRAFT, ContractStatus.TERMINATED);
        };
    }

    /** The status history the transitions keep (OCDS reads it), so that a stored contract is like a real one. */
    private static void moved(UUID contractId, ContractStatus from, ContractStatus to, Instant at) {
        ContractStatusChange change = new ContractStatusChange();
        change.contractId = contractId;
        change.fromStatus = from;
        change.toStatus = to;
        change.reason = "test";
        change.changedAt = at;
        change.changedBy = "test";
        change.persist();
    }

    public static String officerOf(Contract contract) {
        return ContractFixtures.officerOf(contract.purchaserCode());
    }

    private static String digits(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.valueOf(ThreadLocalRandom.current().nextInt(10)))
                .collect(Collectors.joining());
    }
}
